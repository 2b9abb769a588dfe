package kz.shanyraq.law.employment;

import kz.shanyraq.law.explain.Text;

import java.util.List;

/**
 * The seven active employment measures (Law «О занятости населения» art. 1 pp. 16, seed 003), each with the
 * parameters that give its duration and payment. A parameter the law gives elsewhere is {@code unknown} in
 * {@code employment.yaml} and shown as such; voluntary resettlement is paid by the law engine's measures
 * {@code relocation-subsidy} and {@code rent-subsidy} (resettlement.yaml), not copied here.
 */
public enum ActiveMeasure {
    VOCATIONAL_TRAINING(Text.of("Направление на профессиональное обучение", "Кәсіптік оқытуға жолдау",
            "Vocational training"), List.of("employment.training.months", "employment.training.stipend")),
    ENTREPRENEURSHIP(Text.of("Содействие предпринимательской инициативе, в т.ч. гранты семьям",
            "Кәсіпкерлік бастамаға жәрдемдесу, оның ішінде отбасыларға гранттар",
            "Support of entrepreneurship, grants to families included"),
            List.of("employment.entrepreneurship.training-days", "employment.entrepreneurship.max-credit",
                    "employment.entrepreneurship.grant")),
    YOUTH_PRACTICE(Text.of("Молодёжная практика", "Жастар практикасы", "Youth practice"),
            List.of("employment.youth-practice.months", "employment.youth-practice.wage")),
    SOCIAL_JOBS(Text.of("Социальные рабочие места", "Әлеуметтік жұмыс орындары", "Social jobs"),
            List.of("employment.social-jobs.months", "employment.social-jobs.subsidy")),
    VOLUNTARY_RESETTLEMENT(Text.of("Содействие добровольному переселению", "Ерікті қоныс аударуға жәрдемдесу",
            "Voluntary resettlement"), List.of("relocation-subsidy.coefficient", "rent-subsidy.rate-range",
            "rent-subsidy.duration-months")),
    SPECIAL_JOBS(Text.of("Специальные рабочие места для лиц с инвалидностью",
            "Мүгедектігі бар адамдарға арналған арнаулы жұмыс орындары", "Special jobs for persons with disability"),
            List.of("employment.special-jobs.terms")),
    PUBLIC_WORKS(Text.of("Общественные работы", "Қоғамдық жұмыстар", "Public works"),
            List.of("employment.public-works.priority-months", "employment.public-works.terms"));

    private final Text title;
    private final List<String> parameters;

    ActiveMeasure(Text title, List<String> parameters) {
        this.title = title;
        this.parameters = parameters;
    }

    public Text title() {
        return title;
    }

    /** The parameters that give the measure's duration and payment (some unknown). */
    public List<String> parameters() {
        return parameters;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static ActiveMeasure byCode(String code) {
        for (ActiveMeasure m : values()) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown active measure '" + code + "'");
    }
}
