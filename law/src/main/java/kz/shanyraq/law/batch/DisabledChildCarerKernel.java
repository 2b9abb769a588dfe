package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

import java.util.Map;

/**
 * Allowance to a parent or guardian raising a child with disability, column-wise: each child under 18 disabled on
 * the day, then a carer in the family, then residence of both; the amount for one child is the measure's own
 * {@code calculate}.
 */
final class DisabledChildCarerKernel implements MeasureKernel {

    private static final int MAJORITY = 18;
    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();

    private final Day day;
    private final long one;

    DisabledChildCarerKernel(Measure measure, Law law) {
        this.day = new Day(law.day());
        this.one = Amounts.of(measure, law, Map.of("children", "1"));
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        FamilyTally t = new FamilyTally();
        for (int f = from; f < to; f++) {
            if (!s.any(f, MemberScan.DISABLED_CHILD)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            int first = p.memberStart[f];
            int last = p.memberStart[f + 1];
            for (int m = first; m < last; m++) {
                int d = p.disabilityOf[m];
                if (d < 0 || !day.bornBy(p, m) || day.age(p, m) >= MAJORITY
                        || !day.within(p.disabilityFrom[d], p.disabilityUntil[d])) {
                    continue;
                }
                int carer = Carers.of(p, first, last, m);
                if (carer < 0 || p.status[m] == NON_RESIDENT || p.status[carer] == NON_RESIDENT) {
                    t.add(Outcome.REFUSED);
                } else {
                    t.add(one);
                }
            }
            t.write(f, outcome, amount);
        }
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
