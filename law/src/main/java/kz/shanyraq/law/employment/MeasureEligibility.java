package kz.shanyraq.law.employment;

import kz.shanyraq.law.casework.Norm;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.parameter.ParameterVersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may be referred to each active measure (seed 003, the Program 2017–2021 as the handbook gives it), and the
 * measure's terms as the law holds them today, known or unknown.
 */
public final class MeasureEligibility {

    private static final String PROGRAM = "Программа развития продуктивной занятости и массового предпринимательства "
            + "на 2017–2021 годы (постановление Правительства РК от 29.12.2016 № 919)";

    /**
     * What the centre knows of a participant on the referral day.
     *
     * @param unemployed registered as unemployed (or without work, where the measure does not ask registration)
     * @param graduatedOn the day the person finished vocational or higher education, if known
     * @param disabled has a disability established on the day
     */
    public record Participant(LocalDate birthDate, boolean unemployed, boolean jobSeeker, boolean selfEmployed,
                              boolean redundant, LocalDate graduatedOn, boolean disabled) {
    }

    /** Why a person may not take part, with the norm. */
    public record NotEligible(ActiveMeasure measure, Text why, Norm norm) {
    }

    /** One term of a measure: the parameter, its value on the day or null with the note when unknown. */
    public record Term(String parameter, Object value, String unit, Norm norm, String unknownNote) {
        public boolean known() {
            return unknownNote == null;
        }
    }

    private MeasureEligibility() {
    }

    public static Optional<NotEligible> check(ActiveMeasure m, Participant p, Law law) {
        LocalDate day = law.day();
        int youth = law.number("employment.youth.max-age").intValueExact();
        boolean young = p.birthDate().plusYears(youth + 1L).isAfter(day);
        switch (m) {
            case VOCATIONAL_TRAINING -> {
                if (!(young || p.unemployed() || p.selfEmployed() || p.redundant())) {
                    return no(m, Text.of("не молодёжь до 29 лет, не безработный, не самозанятый и не сокращаемый",
                            "29 жасқа дейінгі жас емес, жұмыссыз емес, өзін-өзі жұмыспен қамтыған емес, қысқартылатын емес",
                            "neither young (up to 29), unemployed, self-employed nor being made redundant"),
                            Norm.of(law, "employment.youth.max-age"));
                }
            }
            case ENTREPRENEURSHIP -> {
                if (!(p.unemployed() || p.selfEmployed())) {
                    return no(m, Text.of("не безработный и не самозанятый", "жұмыссыз емес және өзін-өзі жұмыспен қамтыған емес",
                            "neither unemployed nor self-employed"), new Norm(null, PROGRAM + ", направление 2", "corroborated"));
                }
            }
            case YOUTH_PRACTICE -> {
                int within = law.number("employment.youth-practice.graduated-within-years").intValueExact();
                if (!p.unemployed() || !young) {
                    return no(m, Text.of("молодёжная практика — для безработных не старше 29 лет",
                            "жастар практикасы — 29 жастан аспаған жұмыссыздар үшін",
                            "youth practice is for the unemployed aged 29 or younger"),
                            Norm.of(law, "employment.youth.max-age"));
                }
                if (p.graduatedOn() == null || p.graduatedOn().plusYears(within).isBefore(day)) {
                    return no(m, Text.of("не выпускник, завершивший обучение в течение 3 лет",
                            "соңғы 3 жылда оқуды аяқтаған түлек емес", "not a graduate of the last 3 years"),
                            Norm.of(law, "employment.youth-practice.graduated-within-years"));
                }
            }
            case SOCIAL_JOBS, PUBLIC_WORKS -> {
                if (!p.unemployed()) {
                    return no(m, Text.of("только для безработных", "тек жұмыссыздар үшін", "for the unemployed only"),
                            new Norm(null, PROGRAM + ", направление 3", "corroborated"));
                }
            }
            case SPECIAL_JOBS -> {
                if (!p.disabled()) {
                    return no(m, Text.of("нет установленной инвалидности", "мүгедектік белгіленбеген",
                            "no disability established"), new Norm(null,
                            "Закон РК «О занятости населения», пп. 16 ст. 1 (специальные рабочие места)", "corroborated"));
                }
            }
            case VOLUNTARY_RESETTLEMENT -> {
                if (!(p.unemployed() || p.jobSeeker())) {
                    return no(m, Text.of("не ищет работу и не безработный", "жұмыс іздемейді және жұмыссыз емес",
                            "neither a job seeker nor unemployed"), new Norm(null, PROGRAM + ", направление 3", "corroborated"));
                }
            }
            default -> throw new IllegalStateException(m.name());
        }
        return Optional.empty();
    }

    /** The measure's terms on the day: each parameter's value, or that the law as we hold it does not give it. */
    public static List<Term> terms(ActiveMeasure m, Law law) {
        List<Term> out = new ArrayList<>();
        for (String p : m.parameters()) {
            String unit = law.book().parameter(p).unit().code();
            try {
                ParameterVersion v = law.version(p);
                Object value = v.value() != null ? v.value() : v.values();
                out.add(new Term(p, value, unit, Norm.of(law, p), null));
            } catch (ParameterUnknownException e) {
                out.add(new Term(p, null, unit, null, e.getMessage()));
            }
        }
        return out;
    }

    private static Optional<NotEligible> no(ActiveMeasure m, Text why, Norm norm) {
        return Optional.of(new NotEligible(m, why, norm));
    }
}
