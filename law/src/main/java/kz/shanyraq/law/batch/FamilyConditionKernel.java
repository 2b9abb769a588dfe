package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;

/**
 * The generic kernel of a measure declared by {@link FamilyConditions}: each family the measure applies to is
 * refused at the first failing condition, undetermined at one whose parameters the law does not give (or whose
 * test finds a figure unknown), else decided by the declared batch amount (or by the measure object when the
 * amount says so).
 */
final class FamilyConditionKernel implements MeasureKernel {

    private final FamilyConditions rule;
    private final FamilyConditions.Test applies;
    private final Day day;
    /** Each condition's check on the day's law; {@code null} where a parameter it reads is unknown (undetermined). */
    private final FamilyConditions.Check[] checks;
    private final FamilyConditions.BatchAmount amount;
    private final ObjectKernel object;
    /** Every applicable family's outcome before its conditions: refused or undetermined when the measure is not in force. */
    private final byte notInForce;

    FamilyConditionKernel(Measure measure, Law law, FamilyConditions rule, ObjectKernel object) {
        this.rule = rule;
        this.day = new Day(law.day());
        this.object = object;
        Calculation c = Calculation.start(measure, "batch", law, false);
        this.checks = new FamilyConditions.Check[rule.conditions.length];
        for (int i = 0; i < checks.length; i++) {
            FamilyConditions.Condition condition = rule.conditions[i].condition();
            checks[i] = Known.orNull(() -> condition.on(c));
        }
        this.amount = rule.batchAmount.on(law);
        this.applies = rule.applies.on(law);
        Boolean inForce = rule.inForce == null ? Boolean.TRUE : Known.orNull(() -> law.flag(rule.inForce));
        this.notInForce = inForce == null ? Outcome.UNDETERMINED : inForce ? Outcome.ENTITLED : Outcome.REFUSED;
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] sum = r.amount[k];
        FamilyOnDay fam = new FamilyOnDay(p, s, day);
        fam.results = r;
        for (int f = from; f < to; f++) {
            sum[f] = 0;
            if (!s.any(f, rule.candidates) || !applies.holds(fam.at(f))) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                continue;
            }
            if (notInForce != Outcome.ENTITLED) {
                outcome[f] = notInForce;
                continue;
            }
            try {
                byte failed = failed(fam);
                if (failed != Outcome.ENTITLED) {
                    outcome[f] = failed;
                    continue;
                }
                long packed = amount.of(fam);
                if (packed == FamilyConditions.FINISH) {
                    object.finish(p, f, outcome, sum);
                    continue;
                }
                outcome[f] = Amounts.code(packed);
                sum[f] = outcome[f] == Outcome.ENTITLED ? Amounts.amount(packed) : 0;
            } catch (ParameterUnknownException e) {
                outcome[f] = Outcome.UNDETERMINED;
            }
        }
    }

    /** {@link Outcome#REFUSED} at the first condition that fails, undetermined at one the law cannot decide. */
    private byte failed(FamilyOnDay f) {
        for (FamilyConditions.Check check : checks) {
            if (check == null) {
                return Outcome.UNDETERMINED;
            }
            if (!check.determined(f)) {
                return Outcome.UNDETERMINED;
            }
            if (!check.holds(f)) {
                return Outcome.REFUSED;
            }
        }
        return Outcome.ENTITLED;
    }

    @Override
    public String kind() {
        return "columnar (declared family conditions)";
    }
}
