package kz.shanyraq.law.assistance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.region.Quarter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-capita income (среднедушевой доход, СДД): the family's income of the quarter preceding the quarter of
 * application ÷ number of members ÷ 3 (Social Code art. 127 п. 2). Which income types count is the dated
 * parameter {@code asp.income.excluded-types} (codes of {@link kz.shanyraq.law.family.IncomeType#code()}).
 */
public final class PerCapitaIncome {

    static final Text TITLE = Text.of("Среднедушевой доход семьи (СДД)", "Отбасының жан басына шаққандағы табысы",
            "Per-capita income of the family");
    private static final Text COUNTED = Text.of("Совокупный доход семьи за квартал (учитываемый)",
            "Отбасының тоқсандағы жиынтық табысы (есепке алынатын)", "Counted family income of the quarter");
    private static final Text NOT_COUNTED = Text.of("Доходы, не учитываемые по закону",
            "Заң бойынша есепке алынбайтын табыстар", "Income not counted by law");

    private PerCapitaIncome() {
    }

    /** The counted income of the family in the months of {@code quarter}; the excluded income is shown apart. */
    public static BigDecimal countedIncome(Calculation c, Family family, Quarter quarter) {
        List<String> excluded = c.codes("asp.income.excluded-types");
        Map<String, Long> counted = new TreeMap<>();
        Map<String, Long> notCounted = new TreeMap<>();
        for (Income income : family.incomes()) {
            if (!quarter.contains(income.month())) {
                continue;
            }
            String type = income.type().code();
            (excluded.contains(type) ? notCounted : counted).merge(type, income.amount(), Long::sum);
        }
        long excludedTotal = notCounted.values().stream().mapToLong(Long::longValue).sum();
        if (excludedTotal > 0) {
            c.step("income.not-counted", NOT_COUNTED, quarter + ": " + describe(notCounted),
                    BigDecimal.valueOf(excludedTotal));
        }
        long total = counted.values().stream().mapToLong(Long::longValue).sum();
        return c.step("income.counted", COUNTED, quarter + ": " + (counted.isEmpty() ? "no counted income"
                : describe(counted)), BigDecimal.valueOf(total));
    }

    /** СДД to the tiyn, for showing; a comparison with the line should use {@link #withinLine}. */
    public static BigDecimal of(Calculation c, BigDecimal quarterIncome, int members) {
        BigDecimal months = c.number("asp.income.quarter-months");
        return c.step("per-capita-income", TITLE, "quarter income ÷ members ÷ months = "
                        + quarterIncome.toPlainString() + " ÷ " + members + " ÷ " + months.toPlainString(),
                quarterIncome.divide(months.multiply(BigDecimal.valueOf(members)), 2, RoundingMode.HALF_UP));
    }

    /**
     * Compares exactly (without rounding the per-capita income): income ÷ members ÷ months against the line.
     * Returns negative, zero or positive like {@link Comparable#compareTo}.
     */
    static int compareToLine(BigDecimal quarterIncome, int members, BigDecimal months, BigDecimal line) {
        return quarterIncome.compareTo(line.multiply(BigDecimal.valueOf(members)).multiply(months));
    }

    private static String describe(Map<String, Long> byType) {
        StringBuilder s = new StringBuilder();
        byType.forEach((type, amount) -> s.append(s.length() == 0 ? "" : ", ").append(type).append(' ').append(amount));
        return s.toString();
    }
}
