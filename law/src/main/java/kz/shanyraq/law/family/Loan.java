package kz.shanyraq.law.family;

import java.time.LocalDate;

/** A credit obligation of a member; {@code closedOn} is null while it is outstanding. */
public record Loan(String memberId, LoanKind kind, LocalDate openedOn, LocalDate closedOn) {

    public boolean outstandingOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
