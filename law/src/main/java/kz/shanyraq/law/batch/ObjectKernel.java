package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.util.List;

/**
 * A measure evaluated by the measure object itself on a family rebuilt from the columns, for the families a
 * column-wise pre-check cannot rule out: the {@link MemberScan} flags that mirror the measure's own "who could
 * qualify" loop ({@link MemberScan#ALWAYS} for a measure without one: every family is a candidate). Used for
 * measures whose rules are not (yet) written column-wise: it allocates for each candidate family, so it is only
 * cheap when candidates are rare.
 */
final class ObjectKernel implements MeasureKernel {

    private final Measure measure;
    private final Law law;
    /** {@link MemberScan} flags of which a family must have one to be a candidate. */
    private final int candidates;

    ObjectKernel(Measure measure, Law law, int candidates) {
        this.measure = measure;
        this.law = law;
        this.candidates = candidates;
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        for (int f = from; f < to; f++) {
            if (!s.any(f, candidates)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            finish(p, f, outcome, amount);
        }
    }

    /** Evaluates one family with the measure object. */
    void finish(Population p, int f, byte[] outcome, long[] amount) {
        List<Decision> decisions = decisions(p, f);
        outcome[f] = Outcome.of(decisions);
        amount[f] = Outcome.amount(decisions);
    }

    private List<Decision> decisions(Population p, int f) {
        var family = p.family(f);
        try {
            return measure.evaluate(family, law, false);
        } catch (ParameterUnknownException e) {
            // As FamilyEvaluator: a parameter read before the beneficiaries are chosen makes the family undetermined.
            return List.of(Calculation.start(measure, family.id(), law, false).undetermined(e));
        }
    }

    @Override
    public String kind() {
        return "object";
    }
}
