package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

import java.util.HashMap;
import java.util.Map;

/**
 * State social disability benefit, column-wise: each member with a disability record (born by the day) is checked in
 * the measure's order (disability established on the day, residence); the monthly amount by age, group and cause
 * is the measure's own {@code calculate}, looked up per (age, group, cause) and computed once.
 */
final class DisabilityKernel implements MeasureKernel {

    private static final int MAX_AGE = 120;
    private static final int GROUPS = 4;
    private static final int CAUSES = DisabilityCause.values().length;
    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();
    private static final int OTHER = DisabilityCause.OTHER.ordinal();

    private final Measure measure;
    private final Law law;
    private final Day day;
    private final long[] amounts = new long[(MAX_AGE + 1) * GROUPS * CAUSES];
    private final FirstUse<Long> amount = new FirstUse<>(this::compute);

    DisabilityKernel(Measure measure, Law law) {
        this.measure = measure;
        this.law = law;
        this.day = new Day(law.day());
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        FamilyTally t = new FamilyTally();
        for (int f = from; f < to; f++) {
            if (!s.any(f, MemberScan.DISABLED)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
                int d = p.disabilityOf[m];
                if (d < 0 || !day.bornBy(p, m)) {
                    continue;
                }
                if (!day.within(p.disabilityFrom[d], p.disabilityUntil[d]) || p.status[m] == NON_RESIDENT) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                int group = p.disabilityGroup[d];
                // A group outside 1–3 is read as none: refused from age 7, unused below (as the measure does).
                t.add(amount(Math.min(s.age(m) / 12, MAX_AGE), group >= 1 && group <= 3 ? group : 0,
                        p.disabilityCause[d] < 0 ? OTHER : p.disabilityCause[d]));
            }
            t.write(f, outcome, amount);
        }
    }

    private long amount(int age, int group, int cause) {
        int i = (age * GROUPS + group) * CAUSES + cause;
        long a = amounts[i];
        if (a == Amounts.NONE) {
            // A benign race: two threads may store the same answer.
            a = amount.of(i);
            amounts[i] = a;
        }
        return a;
    }

    /** The amount for index {@code (age × GROUPS + group) × CAUSES + cause}, computed by the measure's law. */
    private long compute(int i) {
        int cause = i % CAUSES;
        int group = i / CAUSES % GROUPS;
        int age = i / CAUSES / GROUPS;
        Map<String, String> keys = new HashMap<>();
        keys.put("age", Integer.toString(age));
        keys.put("cause", DisabilityCause.values()[cause].name().toLowerCase().replace('_', '-'));
        if (group > 0) {
            keys.put("group", Integer.toString(group));
        }
        return Amounts.of(measure, law, keys);
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
