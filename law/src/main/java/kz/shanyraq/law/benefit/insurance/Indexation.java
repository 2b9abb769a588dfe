package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.parameter.Parameter;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.parameter.ParameterVersion;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Indexation of a payment already in payment ({@code social-insurance.indexation}): each version's rate applies
 * from its first day to payments assigned before that day. A payment assigned on or after that day is computed by
 * the formula with the indicators of its own date and is not indexed. A version of unknown rate that starts between
 * the assignment and the day evaluated makes the current amount undetermined.
 */
final class Indexation {

    static final String PARAMETER = "social-insurance.indexation";

    private static final Text INDEXED = Text.of("Сумма после индексации назначенной выплаты",
            "Тағайындалған төлемді индекстеуден кейінгі сома", "Amount after indexation of the assigned payment");
    private static final Text NONE = Text.of("Индексаций после назначения нет", "Тағайындаудан кейін индекстеу жоқ",
            "No indexation since the payment was assigned");

    private Indexation() {
    }

    /**
     * The assigned amount brought to the calculation's day.
     *
     * @param payment the key of the payment in the indexation table, e.g. {@code work-capacity-loss}
     * @param assignedOn the day the right arose (the amount was assigned by the law of that day)
     */
    static BigDecimal apply(Calculation c, String payment, LocalDate assignedOn, BigDecimal assigned) {
        LocalDate today = c.day();
        if (!assignedOn.isBefore(today)) {
            return assigned;
        }
        Parameter p = c.law().book().parameter(PARAMETER);
        if (p.versionOn(today) == null) {
            // Beyond our history nobody knows whether a further indexation came: no amount rather than a guess.
            throw new ParameterUnknownException(PARAMETER, payment, today,
                    "the history of indexations does not reach this day");
        }
        BigDecimal amount = assigned;
        boolean any = false;
        for (ParameterVersion v : p.versions()) {
            if (v.from().isAfter(assignedOn) && !v.from().isAfter(today)) {
                BigDecimal rate = c.numberOn(v.from(), PARAMETER, payment);
                if (rate.signum() != 0) {
                    amount = c.step("indexed-" + v.from(), INDEXED, c.explaining()
                            ? AverageMonthlyIncome.plain(amount) + " × (1 + " + AverageMonthlyIncome.plain(rate) + ") from "
                            + v.from() : null, amount.multiply(BigDecimal.ONE.add(rate)));
                    any = true;
                }
            }
        }
        if (!any) {
            c.step("indexation", NONE, c.explaining() ? "assigned " + assignedOn : null, amount);
        }
        return amount;
    }
}
