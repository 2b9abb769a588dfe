package kz.shanyraq.law.batch;

import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;

/**
 * ГФСС payment for loss of a breadwinner: the columns decide, in the measure's order, a loss without a date (no
 * decision), a deceased without social insurance (refused), the dependant ages not given (undetermined) and no
 * dependant of an age to be paid — under the age limit, or under the student limit and studying full time — (refused).
 * A family that passes (an insured deceased with dependants paid: rare) is finished by the measure object: the
 * average income, the deduction, the coefficients and the indexation.
 */
final class BreadwinnerLossKernel implements MeasureKernel {

    private final Day day;
    private final ObjectKernel object;
    private final boolean agesKnown;
    private final int ageLimit;
    private final int studentLimit;

    BreadwinnerLossKernel(Law law, ObjectKernel object) {
        this.day = new Day(law.day());
        this.object = object;
        BigDecimal age = Known.orNull(() -> law.number("breadwinner-loss-payment.dependant-age", "not-studying"));
        BigDecimal student = Known.orNull(() -> law.number("breadwinner-loss-payment.dependant-age",
                "full-time-student"));
        agesKnown = age != null && student != null;
        ageLimit = age == null ? 0 : age.intValueExact();
        studentLimit = student == null ? 0 : student.intValueExact();
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan scan) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        for (int f = from; f < to; f++) {
            amount[f] = 0;
            int l = p.lossOf[f];
            if (l < 0 || p.diedOn[l] == Population.NO_DAY) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                continue;
            }
            // A right arising after the day (a death dated ahead) is not a right that day; then the insurance.
            if (p.diedOn[l] > day.epoch || p.deceasedInsurance[l] < 0) {
                outcome[f] = Outcome.REFUSED;
                continue;
            }
            if (!agesKnown) {
                outcome[f] = Outcome.UNDETERMINED;
                continue;
            }
            int first = p.memberStart[f];
            boolean anyPaid = false;
            for (int d = p.dependantStart[l]; d < p.dependantStart[l + 1] && !anyPaid; d++) {
                int local = p.dependantLocal[d];
                if (local < 0) {
                    continue;
                }
                int m = first + local;
                if (!day.bornBy(p, m)) {
                    continue;
                }
                int age = day.age(p, m);
                int s = p.studyOf[m];
                anyPaid = age < ageLimit
                        || (age < studentLimit && s >= 0 && day.within(p.studyFrom[s], p.studyUntil[s]));
            }
            if (!anyPaid) {
                outcome[f] = Outcome.REFUSED;
                continue;
            }
            object.finish(p, f, outcome, amount);
        }
    }

    @Override
    public String kind() {
        return "mixed";
    }
}
