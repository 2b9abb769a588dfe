package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.measure.Calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Average monthly income (среднемесячный доход, ДСМ) of a ГФСС social payment: the incomes on which social
 * contributions were paid over the N calendar months before the month the right arises, divided by N. Months
 * without contributions stay in the divisor (S35). Where the payment has a cap, ДСМ is limited to cap × МЗП in
 * force on the day the right arises.
 */
public final class AverageMonthlyIncome {

    /** Enough decimals that rounding of ДСМ never moves a tenge of the payment; the payment itself is rounded once. */
    static final int SCALE = 10;

    private static final Text SUM = Text.of("Доход, с которого уплачены социальные отчисления, за период",
            "Кезеңдегі әлеуметтік аударымдар төленген табыс", "Income with social contributions over the period");
    private static final Text AVERAGE = Text.of("Среднемесячный доход (ДСМ)", "Орташа айлық табыс",
            "Average monthly income");
    private static final Text CAP = Text.of("Предел среднемесячного дохода", "Орташа айлық табыстың шегі",
            "Cap on average monthly income");
    private static final Text CAPPED = Text.of("Среднемесячный доход с учётом предела",
            "Шекті ескергендегі орташа айлық табыс", "Average monthly income within the cap");

    private AverageMonthlyIncome() {
    }

    /** The first month of the window: N months before the month the right arises. */
    public static YearMonth firstMonth(LocalDate rightArises, int months) {
        return YearMonth.from(rightArises).minusMonths(months);
    }

    /** Sum of contribution incomes in the window (the N months before the month the right arises). */
    public static long windowIncome(List<Contribution> contributions, LocalDate rightArises, int months) {
        YearMonth first = firstMonth(rightArises, months);
        YearMonth last = YearMonth.from(rightArises).minusMonths(1);
        long sum = 0;
        for (Contribution c : contributions) {
            if (!c.month().isBefore(first) && !c.month().isAfter(last)) {
                sum = Math.addExact(sum, c.income());
            }
        }
        return sum;
    }

    /** ДСМ without a cap: window income ÷ N. */
    public static BigDecimal of(List<Contribution> contributions, LocalDate rightArises, int months) {
        return divide(windowIncome(contributions, rightArises, months), months);
    }

    /**
     * ДСМ from a contribution record, recording the window and the sum; the window length is the payment's
     * parameter in force on the day the right arises.
     */
    public static BigDecimal fromContributions(Calculation c, List<Contribution> contributions, LocalDate rightArises,
                                               String windowParameter) {
        return fromWindow(c, rightArises, windowParameter, (day, months) -> windowIncome(contributions, day, months));
    }

    /** As {@link #fromWindow(Calculation, LocalDate, String, WindowIncome)}, the window's income by its months. */
    public static BigDecimal fromWindow(Calculation c, java.util.function.IntToLongFunction incomeOf,
                                        LocalDate rightArises, String windowParameter) {
        return fromWindow(c, rightArises, windowParameter, (day, months) -> incomeOf.applyAsLong(months));
    }

    /** The contribution income of the window before the month of a day, however the record is held. */
    @FunctionalInterface
    public interface WindowIncome {
        long of(LocalDate rightArises, int months);
    }

    /**
     * As {@link #fromContributions}, the window's income summed by {@code income} (the batch engine's columns, read
     * the same way by the explained path on a population of one family).
     */
    public static BigDecimal fromWindow(Calculation c, LocalDate rightArises, String windowParameter,
                                        WindowIncome income) {
        int months = c.numberOn(rightArises, windowParameter, null).intValueExact();
        long sum = income.of(rightArises, months);
        // The formulas are written only when explaining: the batch engine runs this for every paid person.
        c.step("contribution-income", SUM, c.explaining() ? firstMonth(rightArises, months) + " – "
                + YearMonth.from(rightArises).minusMonths(1) + " (" + months + " months)" : null,
                BigDecimal.valueOf(sum));
        return c.step("average-income", AVERAGE, c.explaining() ? sum + " ÷ " + months : null, divide(sum, months));
    }

    /** ДСМ limited to cap × МЗП, both in force on the day the right arises. */
    public static BigDecimal capped(Calculation c, BigDecimal average, LocalDate rightArises, String capParameter) {
        return capped(c, average, rightArises, capParameter, c.numberOn(rightArises, "minimum-wage", null));
    }

    /** The same with the МЗП the payment has already read (so the explanation lists it once). */
    public static BigDecimal capped(Calculation c, BigDecimal average, LocalDate rightArises, String capParameter,
                                    BigDecimal mzp) {
        BigDecimal times = c.numberOn(rightArises, capParameter, null);
        BigDecimal cap = c.step("income-cap", CAP, c.explaining() ? plain(times) + " × МЗП " + plain(mzp) : null,
                times.multiply(mzp));
        return c.step("capped-average-income", CAPPED, c.explaining() ? "min(" + plain(average) + "; " + plain(cap)
                + ")" : null, average.min(cap));
    }

    private static BigDecimal divide(long sum, int months) {
        if (months <= 0) {
            throw new IllegalArgumentException("the averaging window must have at least one month: " + months);
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(months), SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** A number as people write it (no exponent, no trailing zeros). */
    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
