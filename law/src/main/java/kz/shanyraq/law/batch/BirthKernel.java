package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One-time birth allowance, column-wise: each child under one (born by the day) is checked in the measure's order
 * (claim period, residence, birth order); the amount by the law of the day of birth is the measure's own
 * {@code calculate} on that day, looked up per (days since birth, order) and computed once.
 */
final class BirthKernel implements MeasureKernel {

    private static final int MAX_ORDER = 30;
    private static final int DAYS = 367;
    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();

    private final Measure measure;
    private final Law law;
    private final Day day;
    private final ObjectKernel object;
    private final boolean claimKnown;
    /** By days since birth: whether the claim period is still open (birth + claim months not before the day). */
    private final boolean[] claimOpen = new boolean[DAYS];
    private final long[] amounts = new long[DAYS * (MAX_ORDER + 1)];
    /** By {@code since × (MAX_ORDER + 1) + order}: the amount of a birth {@code since} days ago, child {@code order}. */
    private final FirstUse<Long> amount = new FirstUse<>(this::compute);

    BirthKernel(Measure measure, Law law, ObjectKernel object) {
        this.measure = measure;
        this.law = law;
        this.day = new Day(law.day());
        this.object = object;
        BigDecimal months = Known.orNull(() -> law.number("birth-allowance.claim-months"));
        claimKnown = months != null;
        for (int d = 0; d < DAYS && claimKnown; d++) {
            claimOpen[d] = !day.date.minusDays(d).plusMonths(months.longValue()).isBefore(day.date);
        }
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        FamilyTally t = new FamilyTally();
        families:
        for (int f = from; f < to; f++) {
            if ((s.years[f - s.from] & 1L) == 0) { // no child under one
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
                if (!day.bornBy(p, m) || s.age(m) >= 12) {
                    continue;
                }
                int since = day.epoch - p.birth[m];
                if (!claimKnown) {
                    t.add(Outcome.UNDETERMINED);
                } else if (!claimOpen[since]) {
                    t.add(Outcome.REFUSED);
                } else if (p.status[m] == NON_RESIDENT) {
                    t.add(Outcome.REFUSED);
                } else if (p.birthOrder[m] == Population.NO_INT || p.birthOrder[m] < 1) {
                    t.add(Outcome.REFUSED);
                } else if (p.birthOrder[m] > MAX_ORDER) {
                    object.finish(p, f, outcome, amount);
                    continue families;
                } else {
                    t.add(amount(since, p.birthOrder[m]));
                }
            }
            t.write(f, outcome, amount);
        }
    }

    private long amount(int since, int order) {
        int i = since * (MAX_ORDER + 1) + order;
        long a = amounts[i];
        if (a == Amounts.NONE) {
            // A benign race: two threads may store the same answer.
            a = amount.of(i);
            amounts[i] = a;
        }
        return a;
    }

    /** The amount of index {@code since × (MAX_ORDER + 1) + order}, computed by the measure on that day's law. */
    private long compute(int i) {
        int since = i / (MAX_ORDER + 1);
        int order = i % (MAX_ORDER + 1);
        return Amounts.of(measure, law.on(day.date.minusDays(since)), Map.of("child-order", Integer.toString(order)));
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
