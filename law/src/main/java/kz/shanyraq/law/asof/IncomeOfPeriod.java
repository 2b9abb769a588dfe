package kz.shanyraq.law.asof;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The income a reading gives the law on a day: the whole months before the month of the day, {@code months} of them
 * (24 for the server's family card; the recompute reads the 6 the law needs). The month of the day itself is not yet
 * income of a period (it is not over); it still tells whether someone works ({@link EmploymentOnDate}).
 */
public final class IncomeOfPeriod {

    /** Months of income history the server's reader gives the law. */
    public static final int SERVER_MONTHS = 24;

    private final int current;
    private final int first;

    /** The period of {@code months} whole months before the month of {@code on}. */
    public IncomeOfPeriod(LocalDate on, int months) {
        if (months < 2) {
            throw new IllegalArgumentException("months: at least 2 (the month before also decides employment)");
        }
        this.current = monthIndex(on);
        this.first = current - months;
    }

    /** A date's month as {@code year × 12 + month − 1}. */
    public static int monthIndex(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** Whether income of a month (index) is income of the period. */
    public boolean counts(int month) {
        return month >= first && month < current;
    }

    /** The first month (index) of the period. */
    public int firstMonth() {
        return first;
    }

    /** The month of the day (index): the first month after the period. */
    public int currentMonth() {
        return current;
    }

    /** The first day of the period's first month (a reader's lower bound). */
    public LocalDate firstDay() {
        return YearMonth.of(first / 12, first % 12 + 1).atDay(1);
    }

    /** The first day of the month of the day (a reader's upper bound, exclusive for income of the period). */
    public LocalDate currentMonthDay() {
        return YearMonth.of(current / 12, current % 12 + 1).atDay(1);
    }
}
