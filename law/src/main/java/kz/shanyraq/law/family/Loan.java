package kz.shanyraq.law.family;

import java.time.LocalDate;

/**
 * A credit obligation of a member; {@code closedOn} is null while it is outstanding.
 *
 * @param monthlyPayment scheduled monthly payment in whole tenge, if known (read by the well-being scoring's loan
 *                       burden; the benefit measures do not read it)
 */
public record Loan(String memberId, LoanKind kind, LocalDate openedOn, LocalDate closedOn, Long monthlyPayment) {

    /** A loan whose monthly payment is not known. */
    public Loan(String memberId, LoanKind kind, LocalDate openedOn, LocalDate closedOn) {
        this(memberId, kind, openedOn, closedOn, null);
    }

    public boolean outstandingOn(LocalDate day) {
        return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
