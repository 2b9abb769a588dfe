package kz.shanyraq.law.measure;

import kz.shanyraq.law.explain.Explanation;

import java.time.LocalDate;

/**
 * A right to a payment.
 *
 * @param from first day of the period paid (the day the right arises for one-time payments)
 * @param to last day of the period paid, inclusive ({@code from} for one-time payments; {@code null} if open-ended)
 * @param amount whole tenge: the one-time sum, or the monthly sum for monthly payments
 */
public record Entitlement(
        String measure,
        String beneficiary,
        Payment payment,
        LocalDate from,
        LocalDate to,
        long amount,
        Explanation explanation) implements Decision {
}
