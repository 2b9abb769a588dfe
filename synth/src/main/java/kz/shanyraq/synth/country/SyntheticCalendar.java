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

    /** Months of social contributions kept for a person who may need a ГФСС calculation. */
    public static final int CONTRIBUTION_MONTHS = 24;

    /** Pension age in 2026 (Social Code art. 207): men 63, women 61. */
    public static final int PENSION_AGE_MEN = 63;
    public static final int PENSION_AGE_WOMEN = 61;

    /** The ГФСС (compulsory social insurance) started on 1 January 2005: no participation before. */
    public static final LocalDate INSURANCE_START = LocalDate.of(2005, 1, 1);

    private SyntheticCalendar() {
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
