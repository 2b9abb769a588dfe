package kz.shanyraq.ingest.regional;

import kz.shanyraq.law.explain.Text;

import java.util.Arrays;
import java.util.Optional;

/** Quarterly regional figures the law needs. */
public enum RegionalSeries {
    /**
     * Медианный среднедушевой доход: the median per-capita monthly income of the region's families in a quarter. The
     * 2025 poverty line is max(35 % of it for the preceding quarter; 70 % of the regional ПМ).
     */
    MEDIAN_PER_CAPITA_INCOME("median-per-capita-income", Text.of("Медианный среднедушевой доход",
            "Жан басына шаққандағы медианалық табыс", "Median per-capita income")),
    /** Статистический прожиточный минимум региона (БНС), per capita, tenge a month. */
    SUBSISTENCE_MINIMUM("subsistence-minimum", Text.of("Прожиточный минимум региона (статистический)",
            "Өңірдің ең төменгі күнкөріс деңгейі (статистикалық)", "Regional subsistence minimum (statistical)"));

    private final String code;
    private final Text name;

    RegionalSeries(String code, Text name) {
        this.code = code;
        this.name = name;
    }

    public String code() {
        return code;
    }

    public Text displayName() {
        return name;
    }

    public static Optional<RegionalSeries> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
