package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.util.List;

/**
 * A measure evaluated by the measure object itself on a family rebuilt from the columns, for the families a
 * column-wise pre-check ({@link Candidates}) cannot rule out. Used for measures whose rules are not (yet) written
 * column-wise: it allocates for each candidate family, so it is only cheap when candidates are rare.
 */
final class ObjectKernel implements MeasureKernel {

    /** Whether a family has a potential beneficiary of the measure (the measure's own skip rule, column-wise). */
    interface Candidates {
        boolean any(Population p, int family);
    }

    private final Measure measure;
    private final Law law;
    private final Candidates candidates;

    ObjectKernel(Measure measure, Law law, Candidates candidates) {
        this.measure = measure;
        this.law = law;
        this.candidates = candidates;
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        for (int f = from; f < to; f++) {
            if (!candidates.any(p, f)) {
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
