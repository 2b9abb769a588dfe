package kz.shanyraq.law.asof;

import kz.shanyraq.law.family.Employment;

import java.time.LocalDate;

/**
 * Employed on a day: an employment contract runs that day, or the person has entrepreneurial income for the month of
 * the day or the month before (the self-employed and single-payment (ЕСП) payers have no contract). A job was lost
 * on the latest end of a contract before the day, when none runs on it. Registered as unemployed: the latest
 * registration in force on the day.
 *
 * <p>One person's facts are fed row by row in any order ({@link #contract}, {@link #income},
 * {@link #registration}); {@link #reset} reuses the object for the next person (the snapshot decoder allocates
 * nothing per person).
 */
public final class EmploymentOnDate {

    private static final int NONE = InForceOnDate.NONE;

    private final int on;
    private final int month;
    private boolean employed;
    private int lost = NONE;
    private int registered = NONE;

    public EmploymentOnDate(LocalDate on) {
        this.on = (int) on.toEpochDay();
        this.month = IncomeOfPeriod.monthIndex(on);
    }

    /** Forgets the person fed so far. */
    public EmploymentOnDate reset() {
        employed = false;
        lost = NONE;
        registered = NONE;
        return this;
    }

    /** A contract started on {@code started} and ended on {@code ended} (epoch days, {@link InForceOnDate#NONE} open). */
    public void contract(int started, int ended) {
        if (started > on) {
            return;
        }
        if (ended == NONE || ended >= on) {
            employed = true;
        } else if (ended > lost || lost == NONE) {
            lost = ended;
        }
    }

    public void contract(LocalDate started, LocalDate ended) {
        contract(day(started), day(ended));
    }

    /** Income of a month (index {@code year × 12 + month − 1}); only positive entrepreneurial income counts. */
    public void income(int incomeMonth, boolean entrepreneurial, long amount) {
        if (entrepreneurial && amount > 0 && (incomeMonth == month || incomeMonth == month - 1)) {
            employed = true;
        }
    }

    /** A registration as unemployed from {@code registeredOn} to {@code ended} (its last day; none open). */
    public void registration(int registeredOn, int ended) {
        if (registeredOn <= on && (ended == NONE || ended >= on) && (registered == NONE || registeredOn > registered)) {
            registered = registeredOn;
        }
    }

    public void registration(LocalDate registeredOn, LocalDate ended) {
        registration(day(registeredOn), day(ended));
    }

    public boolean employed() {
        return employed;
    }

    /** The day the job was lost, {@link InForceOnDate#NONE} when employed or never had a contract. */
    public int jobLostOn() {
        return employed ? NONE : lost;
    }

    /** The latest registration as unemployed in force, {@link InForceOnDate#NONE} when none. */
    public int registeredOn() {
        return registered;
    }

    /** The first month (index) whose income can tell that someone works: the month before the day's. */
    public int firstIncomeMonth() {
        return month - 1;
    }

    /** The first day of the month before the day's (a reader's lower bound for {@link #income}). */
    public static LocalDate firstIncomeDay(LocalDate on) {
        return on.withDayOfMonth(1).minusMonths(1);
    }

    /** The person's employment as the law's family document holds it. */
    public Employment employment() {
        return new Employment(employed, date(jobLostOn()), date(registered));
    }

    private static int day(LocalDate d) {
        return d == null ? NONE : (int) d.toEpochDay();
    }

    private static LocalDate date(int day) {
        return day == NONE ? null : LocalDate.ofEpochDay(day);
    }
}
