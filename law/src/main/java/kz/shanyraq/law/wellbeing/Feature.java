package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.Text;

import java.util.Arrays;

/**
 * The family-level measured values a well-being methodology can score, each a whole number ({@code long}). The set
 * is fixed in code (a methodology file names features by {@link #code()}); how each is measured is
 * {@link WellbeingFeatures}. The ordinal is the index into a feature vector ({@code long[Feature.COUNT]}) and
 * into the columns of the national recompute. See docs/law/wellbeing.md.
 *
 * <p>{@link #UNKNOWN} marks a value that could not be measured (a regional figure not loaded): a methodology
 * that uses such a feature leaves the family undetermined rather than guess.
 */
public enum Feature {
    PER_CAPITA_INCOME("per-capita-income", "tenge",
            "Среднедушевой доход за предыдущий квартал, ₸ в месяц", "Алдыңғы тоқсандағы жан басына шаққандағы табыс, ₸/ай",
            "Per-capita monthly income of the previous quarter, ₸"),
    INCOME_TO_FOOD_PM("income-to-food-pm", "permille",
            "Доход на человека к продовольственной части ПМ региона, ‰", "Жан басына табыстың өңірлік ЕТКД азық-түлік бөлігіне қатынасы, ‰",
            "Per-capita income to the food share of the regional ПМ, ‰"),
    INCOME_TO_POVERTY_LINE("income-to-poverty-line", "permille",
            "Доход на человека к черте бедности, ‰", "Жан басына табыстың кедейлік шегіне қатынасы, ‰",
            "Per-capita income to the poverty line, ‰"),
    MEMBERS("members", "count", "Членов семьи", "Отбасы мүшелері", "Family members"),
    CHILDREN("children", "count", "Детей до 18 лет", "18 жасқа дейінгі балалар", "Children under 18"),
    PENSION_AGE("pension-age", "count", "Членов пенсионного возраста", "Зейнеткерлік жастағы мүшелер",
            "Members of pension age"),
    WORKING_AGE("working-age", "count", "Членов трудоспособного возраста", "Еңбекке қабілетті жастағы мүшелер",
            "Members of working age"),
    WORKING_AGE_WORKING("working-age-working", "count", "Работающих членов трудоспособного возраста",
            "Жұмыс істейтін еңбекке қабілетті жастағы мүшелер", "Working-age members who work"),
    WORKING_AGE_NOT_WORKING("working-age-not-working", "count", "Неработающих членов трудоспособного возраста",
            "Жұмыс істемейтін еңбекке қабілетті жастағы мүшелер", "Working-age members who do not work"),
    DEPENDANTS("dependants", "count", "Иждивенцев (дети, пенсионеры, лица с инвалидностью I–II группы)",
            "Асырауындағылар (балалар, зейнеткерлер, I–II топтағы мүгедектігі бар адамдар)",
            "Dependants (children, pension age, disability group I–II)"),
    DEPENDENCY_LOAD("dependency-load", "permille", "Неработающих на одного работающего, ‰",
            "Бір жұмыс істейтінге шаққандағы жұмыс істемейтіндер, ‰", "Non-working members per working member, ‰"),
    DISABILITY_GROUP_1("disability-group-1", "count", "Лиц с инвалидностью I группы", "I топтағы мүгедектігі бар адамдар",
            "Persons with disability, group I"),
    DISABILITY_GROUP_2("disability-group-2", "count", "Лиц с инвалидностью II группы", "II топтағы мүгедектігі бар адамдар",
            "Persons with disability, group II"),
    DISABILITY_GROUP_3("disability-group-3", "count", "Лиц с инвалидностью III группы", "III топтағы мүгедектігі бар адамдар",
            "Persons with disability, group III"),
    DISABLED_CHILDREN("disabled-children", "count", "Детей с инвалидностью", "Мүгедектігі бар балалар",
            "Children with disability"),
    LONG_ILLNESS("long-illness", "count", "Членов с длительной болезнью (более двух месяцев)",
            "Ұзақ ауыратын мүшелер (екі айдан астам)", "Members with a long illness (over two months)"),
    DWELLINGS("dwellings", "count", "Единиц жилья", "Тұрғын үй бірліктері", "Dwellings owned"),
    LIVING_AREA_PER_PERSON("living-area-per-person", "m2", "Жилая площадь на человека, м²",
            "Адам басына тұрғын үй ауданы, м²", "Dwelling area per person, m²"),
    COMMERCIAL_PROPERTIES("commercial-properties", "count", "Коммерческой и иной недвижимости",
            "Коммерциялық және өзге жылжымайтын мүлік", "Commercial and other real estate"),
    VEHICLES("vehicles", "count", "Транспортных средств", "Көлік құралдары", "Vehicles"),
    NEWEST_VEHICLE_AGE("newest-vehicle-age", "years", "Возраст самого нового транспортного средства, лет (−1: нет)",
            "Ең жаңа көлік құралының жасы, жыл (−1: жоқ)", "Age of the newest vehicle, years (−1: none)"),
    LAND_ARES("land-ares", "ares", "Земельные участки, соток", "Жер учаскелері, сотық", "Land plots, ares (0.01 ha)"),
    LARGE_LIVESTOCK("large-livestock", "head", "Крупный скот (КРС, лошади, верблюды), голов",
            "Ірі мал (ІҚМ, жылқы, түйе), бас", "Large livestock (cattle, horses, camels), head"),
    SMALL_LIVESTOCK("small-livestock", "head", "Мелкий скот (овцы, козы, свиньи), голов",
            "Ұсақ мал (қой, ешкі, шошқа), бас", "Small livestock (sheep, goats, pigs), head"),
    NON_MORTGAGE_LOANS("non-mortgage-loans", "count", "Непогашенных кредитов, кроме ипотеки",
            "Ипотекадан басқа өтелмеген несиелер", "Outstanding loans other than mortgages"),
    LOAN_BURDEN("loan-burden", "permille", "Ежемесячные платежи по кредитам к доходу семьи, ‰",
            "Несие бойынша ай сайынғы төлемдердің отбасы табысына қатынасы, ‰",
            "Monthly loan payments to the family's monthly income, ‰"),
    STUDYING("studying", "count", "Обучающихся очно", "Күндізгі оқитындар", "Members in full-time study"),
    ABLE_TO_WORK("able-to-work", "count", "Способных к труду членов трудоспособного возраста",
            "Еңбекке қабілетті жастағы еңбекке жарамды мүшелер", "Working-age members able to work"),
    IDLE_WITHOUT_REASON("idle-without-reason", "count",
            "Трудоспособных без работы, дохода и уважительной причины",
            "Жұмысы, табысы және дәлелді себебі жоқ еңбекке қабілеттілер",
            "Able members with no work, no income and no registered reason"),
    ASSETS_INCONSISTENT("assets-inconsistent", "flag",
            "Имущество не соответствует заявленному доходу (1 — да)",
            "Мүлік мәлімделген табысқа сәйкес емес (1 — иә)",
            "Assets inconsistent with the declared income (1: yes)"),
    HIDDEN_INCOME_SIGNS("hidden-income-signs", "count", "Признаков скрытого дохода",
            "Жасырын табыс белгілері", "Signs of potentially hidden income"),
    YOUTH_NOT_IN_EDUCATION("youth-not-in-education", "count", "Молодёжь 16–22 лет не учится и не работает",
            "16–22 жастағы оқымайтын және жұмыс істемейтін жастар",
            "Young members aged 16–22 neither in full-time study nor working");

    /** Number of features: the length of a feature vector. */
    public static final int COUNT = values().length;

    /** A value that could not be measured (a figure the law needs is not loaded). */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private final String code;
    private final String unit;
    private final Text title;

    Feature(String code, String unit, String ru, String kk, String en) {
        this.code = code;
        this.unit = unit;
        this.title = Text.of(ru, kk, en);
    }

    /** The name used in methodology files, e.g. {@code income-to-food-pm}. */
    public String code() {
        return code;
    }

    /** tenge, permille, count, m2, years, ares, head or flag. */
    public String unit() {
        return unit;
    }

    public Text title() {
        return title;
    }

    public static Feature fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown feature '" + code + "'"));
    }
}
