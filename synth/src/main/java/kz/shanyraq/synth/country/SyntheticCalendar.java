package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;

/**
 * The moment the synthetic country describes. It is fixed (not today's date) so that the same scale and seed give
 * the same country on any day.
 *
 * <p>The country stands on 1 October 2026, the first day of Q4 2026. Monthly incomes cover Q3 2026 (the quarter
 * before an application made in Q4 2026) and Q4 2026 itself (the quarter before an application made in Q1 2027),
 * so targeted social assistance can be evaluated for any day from 1 October 2026 to 31 March 2027.
 */
public final class SyntheticCalendar {

    /** The day the country describes: people's ages, open facts and the last births are as of this day. */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 10, 1);

    /** The six months with monthly incomes: Q3 and Q4 2026. */
    public static final List<YearMonth> INCOME_MONTHS = List.of(
            YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9),
            YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));

    /**
     * The first month of the history by default: two years before the reference month (October 2024), so that the
     * incomes cover every quarter an evaluation of the last two years reads.
     */
    public static final YearMonth DEFAULT_HISTORY_FROM = YearMonth.from(REFERENCE_DATE).minusYears(2);

    /** The earliest history the generator writes: the law's dated parameters it reads are known from 2018. */
    public static final YearMonth EARLIEST_HISTORY_FROM = YearMonth.of(2018, 1);

    /** Wages and pensions of a year are about this share of the next year's (nominal growth ≈ 8.7 % a year). */
    public static final double YEARLY_WAGE_RATIO = 0.92;

    /** Months of social contributions kept for a person who may need a ГФСС calculation. */
    public static final int CONTRIBUTION_MONTHS = 24;

    /** Pension age in 2026 (Social Code art. 207): men 63, women 61. */
    public static final int PENSION_AGE_MEN = 63;
    public static final int PENSION_AGE_WOMEN = 61;

    /** The ГФСС (compulsory social insurance) started on 1 January 2005: no participation before. */
    public static final LocalDate INSURANCE_START = LocalDate.of(2005, 1, 1);

    private SyntheticCalendar() {
    }

    /**
     * The months of the history before the six reference income months: from {@code historyFrom} to June 2026
     * (empty when the history starts in July 2026).
     *
     * @throws IllegalArgumentException when {@code historyFrom} is before {@link #EARLIEST_HISTORY_FROM} or after
     *                                  the first reference income month
     */
    public static List<YearMonth> historyMonths(YearMonth historyFrom) {
        requireHistoryFrom(historyFrom);
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = historyFrom; m.isBefore(INCOME_MONTHS.get(0)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    public static void requireHistoryFrom(YearMonth historyFrom) {
        if (historyFrom == null || historyFrom.isBefore(EARLIEST_HISTORY_FROM) || historyFrom.isAfter(INCOME_MONTHS.get(0))) {
            throw new IllegalArgumentException("--history-from must be a month from " + EARLIEST_HISTORY_FROM + " to "
                    + INCOME_MONTHS.get(0) + " (YYYY-MM), not " + historyFrom);
        }
    }

    /**
     * What a wage or pension of the reference date was worth in an earlier month: {@link #YEARLY_WAGE_RATIO} per
     * year back, by months (1 for the reference month and later).
     */
    public static double deflator(YearMonth month) {
        YearMonth ref = YearMonth.from(REFERENCE_DATE);
        long back = java.time.temporal.ChronoUnit.MONTHS.between(month, ref);
        return back <= 0 ? 1.0 : Math.pow(YEARLY_WAGE_RATIO, back / 12.0);
    }

    /** Whole years of age on the reference date. */
    public static int age(LocalDate birth) {
        return ageOn(birth, REFERENCE_DATE);
    }

    public static int ageOn(LocalDate birth, LocalDate day) {
        return Period.between(birth, day).getYears();
    }

    public static boolean pensionAge(LocalDate birth, boolean female) {
        return age(birth) >= (female ? PENSION_AGE_WOMEN : PENSION_AGE_MEN);
    }

    /** The day a fractional age in years is reached (whole years by the calendar, so 18.0 is the 18th birthday). */
    public static LocalDate atAge(LocalDate birth, double years) {
        int whole = (int) Math.floor(years);
        return birth.plusYears(whole).plusDays(Math.round((years - whole) * 365.2425));
    }

    /** Fractional years between two days (negative when {@code to} is before {@code from}). */
    public static double years(LocalDate from, LocalDate to) {
        return (to.toEpochDay() - from.toEpochDay()) / 365.2425;
    }
}
