package kz.shanyraq.law.assistance;

import kz.shanyraq.law.batch.FamilyOnDay;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.region.Quarter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

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

    /**
     * The counted income of the family in the months of {@code quarter} (the quarter before the calculation day's);
     * the excluded income is shown apart. The sum is the batch engine's ({@link FamilyOnDay#countedIncome}).
     */
    public static BigDecimal countedIncome(Calculation c, Family family, Quarter quarter) {
        if (!quarter.equals(Quarter.of(c.day()).previous())) {
            throw new IllegalArgumentException("the counted income is that of the quarter before " + c.day()
                    + ", not " + quarter);
        }
        return countedIncome(c, FamilyOnDay.of(family, c.law()));
    }

    /**
     * The counted income of the family of the quarter before the day's quarter, recorded with what it counts and
     * what the law does not count ({@code asp.income.excluded-types}, read here so that it is in the explanation and
     * an unknown list makes the result undetermined).
     */
    public static BigDecimal countedIncome(Calculation c, FamilyOnDay family) {
        c.codes("asp.income.excluded-types");
        Quarter quarter = Quarter.of(c.day()).previous();
        if (c.explaining()) {
            Map<String, Long> notCounted = family.incomeByType(false);
            long excludedTotal = notCounted.values().stream().mapToLong(Long::longValue).sum();
            if (excludedTotal > 0) {
                c.step("income.not-counted", NOT_COUNTED, quarter + ": " + describe(notCounted),
                        BigDecimal.valueOf(excludedTotal));
            }
        }
        BigDecimal total = BigDecimal.valueOf(family.countedIncome());
        if (!c.explaining()) {
            return total;
        }
        Map<String, Long> counted = family.incomeByType(true);
        return c.step("income.counted", COUNTED, quarter + ": " + (counted.isEmpty() ? "no counted income"
                : describe(counted)), total);
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

    /**
     * Whether an income compared with the line × members × months ({@code comparison}: negative below, zero at the
     * line) is within the line: at the line only when the law says so ({@code asp.eligibility.income-at-line-eligible}).
     * The one rule of both the explained path and the batch engine.
     */
    static boolean withinLine(int comparison, boolean atLineEligible) {
        return atLineEligible ? comparison <= 0 : comparison < 0;
    }

    private static String describe(Map<String, Long> byType) {
        StringBuilder s = new StringBuilder();
        byType.forEach((type, amount) -> s.append(s.length() == 0 ? "" : ", ").append(type).append(' ').append(amount));
        return s.toString();
    }
}
