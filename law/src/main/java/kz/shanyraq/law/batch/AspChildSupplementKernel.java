package kz.shanyraq.law.batch;

import kz.shanyraq.law.parameter.Law;

/**
 * Supplement for children aged 1–6 in families receiving targeted social assistance: a candidate family (a child in
 * the nominal ages) whose assistance column says refused is refused here too when the supplement is paid in cash and
 * its age parameters are known (the measure's order of conditions); every other candidate is finished by the
 * measure object. Reads the assistance column, so it runs after it (catalogue order).
 */
final class AspChildSupplementKernel implements MeasureKernel {

    private final ObjectKernel object;
    private final ObjectKernel.Candidates candidates;
    private final boolean refusalFollows;
    private final int asp;

    AspChildSupplementKernel(Law law, ObjectKernel object, ObjectKernel.Candidates candidates) {
        this.object = object;
        this.candidates = candidates;
        Boolean cash = Known.orNull(() -> law.flag("asp-child-supplement.cash"));
        boolean ages = Known.orNull(() -> law.number("asp-child-supplement.age-from")) != null
                && Known.orNull(() -> law.number("asp-child-supplement.age-to")) != null;
        this.refusalFollows = Boolean.TRUE.equals(cash) && ages;
        this.asp = kz.shanyraq.law.measure.Measures.all().stream().map(m -> m.id()).toList()
                .indexOf("targeted-social-assistance");
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        byte[] aspOutcome = asp >= 0 && asp < k ? r.outcome[asp] : null;
        for (int f = from; f < to; f++) {
            amount[f] = 0;
            if (!candidates.any(p, f)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
            } else if (refusalFollows && aspOutcome != null && aspOutcome[f] == Outcome.REFUSED) {
                outcome[f] = Outcome.REFUSED;
            } else {
                object.finish(p, f, outcome, amount);
            }
        }
    }

    @Override
    public String kind() {
        return "mixed";
    }
}
