package kz.shanyraq.law.labour;

import java.time.LocalDate;

/**
 * The state of an inspector's prescription (предписание) on a day: executed once the employer has executed it;
 * overdue when its deadline has passed (the day is after the deadline) and it is not executed by that day; open
 * otherwise. The scoring's "overdue prescriptions" indicator counts the same way (EnterpriseFactsReader).
 */
public final class Prescriptions {

    public enum State { OPEN, EXECUTED, OVERDUE }

    private Prescriptions() {
    }

    public static State on(LocalDate deadline, LocalDate executedOn, LocalDate day) {
        if (executedOn != null && !executedOn.isAfter(day)) {
            return State.EXECUTED;
        }
        return day.isAfter(deadline) ? State.OVERDUE : State.OPEN;
    }

    /** Executed after its deadline (it was overdue in between). */
    public static boolean executedLate(LocalDate deadline, LocalDate executedOn) {
        return executedOn != null && executedOn.isAfter(deadline);
    }
}
