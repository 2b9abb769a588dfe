package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

import java.util.Map;

/**
 * State social benefit for the loss of a breadwinner, column-wise: a family with a recorded loss gets one decision —
 * refused when the death is missing or after the day, else by its dependants who are members and permanently
 * resident (and, when both parents were lost, those under 18 as orphans): none → refused; otherwise the measure's
 * own {@code calculate} for (dependants, orphans), looked up and computed once.
 */
final class SurvivorKernel implements MeasureKernel {

    private static final int MAX = 30;
    private static final int MAJORITY = 18;
    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();

    private final Measure measure;
    private final Law law;
    private final Day day;
    private final ObjectKernel object;
    private final long[] amounts = new long[(MAX + 1) * (MAX + 1)];
    private final FirstUse<Long> amount = new FirstUse<>(this::compute);

    SurvivorKernel(Measure measure, Law law, ObjectKernel object) {
        this.measure = measure;
        this.law = law;
        this.day = new Day(law.day());
        this.object = object;
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        for (int f = from; f < to; f++) {
            amount[f] = 0;
            int l = p.lossOf[f];
            if (l < 0) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                continue;
            }
            if (p.diedOn[l] == Population.NO_DAY || p.diedOn[l] > day.epoch) {
                outcome[f] = Outcome.REFUSED;
                continue;
            }
            int first = p.memberStart[f];
            int dependants = 0;
            int orphans = 0;
            for (int d = p.dependantStart[l]; d < p.dependantStart[l + 1]; d++) {
                int local = p.dependantLocal[d];
                if (local < 0 || p.status[first + local] == NON_RESIDENT) {
                    continue;
                }
                dependants++;
                if (p.bothParentsLost[l] && day.age(p, first + local) < MAJORITY) {
                    orphans++;
                }
            }
            if (dependants == 0) {
                outcome[f] = Outcome.REFUSED;
            } else if (dependants > MAX) {
                object.finish(p, f, outcome, amount);
            } else {
                long a = amount(dependants, orphans);
                outcome[f] = Amounts.code(a);
                amount[f] = Amounts.amount(a);
            }
        }
    }

    private long amount(int dependants, int orphans) {
        int i = dependants * (MAX + 1) + orphans;
        long a = amounts[i];
        if (a == Amounts.NONE) {
            // A benign race: two threads may store the same answer.
            a = amount.of(i);
            amounts[i] = a;
        }
        return a;
    }

    /** The amount of index {@code dependants × (MAX + 1) + orphans}, by the measure's own calculation. */
    private long compute(int i) {
        return Amounts.of(measure, law, Map.of("dependants", Integer.toString(i / (MAX + 1)),
                "orphans", Integer.toString(i % (MAX + 1))));
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
