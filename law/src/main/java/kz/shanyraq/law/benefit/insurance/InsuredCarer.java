package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.SocialInsurance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.IntPredicate;

/**
 * The one "insured carer" rule of child care, read by the budget child-care allowance (paid only to a carer who is
 * not insured), by the ГФСС child-care payment (paid only to a carer who is) and by their batch kernels, so that the
 * two measures are complementary on every date: a child's carer gets one or the other, never both.
 *
 * <p>Who cares for the child is decided by {@code benefit.family.Carers} (a declared carer, otherwise the mother).
 * The carer is <b>insured for the child</b> when a social contribution was paid for the month in which the right to
 * child care arose or for the month before it. That month is the month of birth; for a carer whose pregnancy and
 * childbirth leave covers the birth it is the month the leave began, because no contributions are paid during the
 * leave. (Our reading: the Rules' wording was not read. Law No. 63 and the Social Code grant the budget allowance to
 * persons who are not participants of compulsory social insurance and the ГФСС payment to participants; neither
 * lets both be paid for the same child and months, and the ГФСС payment's minimum is the budget allowance, S41.)
 *
 * <p>The right to the ГФСС payment arises on the day of birth, or on the day after that leave ends.
 */
public final class InsuredCarer {

    /** The condition as the ГФСС payment states it (the budget allowance states its negation, {@link #NOT_INSURED}). */
    public static final Text INSURED = Text.of(
            "Лицо, осуществляющее уход, участвовало в обязательном социальном страховании, когда возникло право:"
                    + " социальные отчисления уплачены за месяц рождения или предыдущий (при отпуске по беременности и"
                    + " родам, охватывающем роды, — за месяц начала отпуска или предыдущий)",
            "Күтім жасайтын адам құқық туындаған кезде міндетті әлеуметтік сақтандыруға қатысқан: әлеуметтік"
                    + " аударымдар туған айға немесе алдыңғы айға төленген (босануды қамтитын жүктілік және босану"
                    + " демалысында — демалыс басталған айға немесе алдыңғы айға)",
            "The carer was insured in compulsory social insurance when the right arose: social contributions were"
                    + " paid for the month of birth or the month before (for a carer whose pregnancy and childbirth"
                    + " leave covers the birth, for the month the leave began or the month before)");
    /** The negation, the budget allowance's condition: the same rule on the same dates. */
    public static final Text NOT_INSURED = Text.of(
            "Лицо, осуществляющее уход, не участвовало в обязательном социальном страховании, когда возникло право"
                    + " (нет социальных отчислений за месяц рождения или предыдущий; при отпуске по беременности и"
                    + " родам — за месяц начала отпуска или предыдущий)",
            "Күтім жасайтын адам құқық туындаған кезде міндетті әлеуметтік сақтандыруға қатыспаған (туған айға"
                    + " немесе алдыңғы айға әлеуметтік аударымдар жоқ; жүктілік және босану демалысында — демалыс"
                    + " басталған айға немесе алдыңғы айға)",
            "The carer was not insured in compulsory social insurance when the right arose (no social contributions"
                    + " for the month of birth or the month before; for a carer on pregnancy and childbirth leave"
                    + " covering the birth, for the month the leave began or the month before)");

    /** Marks "no pregnancy and childbirth leave" in the epoch-day form. */
    public static final long NO_LEAVE = Long.MIN_VALUE;

    private InsuredCarer() {
    }

    /** Whether the carer is insured for the child (see the class comment). */
    public static boolean insured(Member carer, LocalDate birth) {
        SocialInsurance insurance = carer.socialInsurance();
        if (insurance == null) {
            return false;
        }
        long month = insuranceMonth(birth.toEpochDay(), leaveStart(carer), leaveDays(carer));
        return insured(month, m -> insurance.contributedIn(YearMonth.of(m / 12, m % 12 + 1)));
    }

    /** The same rule on month indices ({@code year × 12 + month − 1}), for the batch kernels. */
    public static boolean insured(long insuranceMonth, IntPredicate contributedInMonth) {
        return contributedInMonth.test((int) insuranceMonth) || contributedInMonth.test((int) insuranceMonth - 1);
    }

    /** The month (index) whose contribution, or the one before's, makes the carer insured. */
    public static long insuranceMonth(long birthDay, long leaveStartDay, int leaveDays) {
        long day = coversBirth(birthDay, leaveStartDay, leaveDays) ? leaveStartDay : birthDay;
        LocalDate d = LocalDate.ofEpochDay(day);
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    /** The day the right to the ГФСС child-care payment arises: birth, or the day after a leave covering it. */
    public static LocalDate rightArises(Member carer, LocalDate birth) {
        return LocalDate.ofEpochDay(rightArisesDay(birth.toEpochDay(), leaveStart(carer), leaveDays(carer)));
    }

    /** The same in epoch days. */
    public static long rightArisesDay(long birthDay, long leaveStartDay, int leaveDays) {
        return coversBirth(birthDay, leaveStartDay, leaveDays) ? leaveStartDay + leaveDays : birthDay;
    }

    /** A leave that began on or before the birth and ends after it. */
    private static boolean coversBirth(long birthDay, long leaveStartDay, int leaveDays) {
        return leaveStartDay != NO_LEAVE && leaveStartDay <= birthDay && leaveStartDay + leaveDays > birthDay;
    }

    private static long leaveStart(Member carer) {
        Maternity leave = carer.maternity();
        return leave == null || leave.leaveStartsOn() == null ? NO_LEAVE : leave.leaveStartsOn().toEpochDay();
    }

    private static int leaveDays(Member carer) {
        Maternity leave = carer.maternity();
        return leave == null ? 0 : leave.days();
    }
}
