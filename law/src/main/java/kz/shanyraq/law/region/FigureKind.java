package kz.shanyraq.law.region;

import kz.shanyraq.law.explain.Text;

import java.util.Arrays;

/** The kinds of regional figure the law reads, all in tenge per person per month. */
public enum FigureKind {
    /**
     * Statistical subsistence minimum per capita of the statistics bureau (БНС), by region. Not the budget
     * ПМ of the budget law (parameter {@code subsistence-minimum}).
     */
    SUBSISTENCE_MINIMUM("subsistence-minimum", "regional subsistence minimum",
            Text.of("Прожиточный минимум региона (статистический, БНС)", "Өңірдің ең төменгі күнкөріс деңгейі (статистикалық, ҰСБ)",
                    "Regional subsistence minimum (statistical, BNS)")),
    /** Median per-capita income of the region (2025 poverty-line rule). */
    MEDIAN_INCOME("median-income", "regional median income",
            Text.of("Медианный среднедушевой доход региона", "Өңірдің жан басына шаққандағы медианалық табысы",
                    "Regional median per-capita income")),
    /** A poverty line published for a region and the quarter of application; it takes precedence over the formula. */
    POVERTY_LINE("poverty-line", "published poverty line",
            Text.of("Опубликованная черта бедности региона", "Өңірдің жарияланған кедейлік шегі",
                    "Published regional poverty line"));

    private final String code;
    private final String description;
    private final Text title;

    FigureKind(String code, String description, Text title) {
        this.code = code;
        this.description = description;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public Text title() {
        return title;
    }

    /** E.g. {@code regional subsistence minimum KZ-59 2025-Q3}: how a missing figure is named. */
    public String describe(String region, FigurePeriod period) {
        return description + " " + region + " " + period;
    }

    public static FigureKind fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown figure '" + code
                        + "' (expected one of subsistence-minimum, median-income, poverty-line)"));
    }
}
