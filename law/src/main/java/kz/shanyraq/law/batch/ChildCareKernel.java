package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Child-care allowance to age 1.5, column-wise: each child younger than the care period is checked in the measure's
 * order (period, carer, residence of both, carer not insured by the one rule {@code InsuredCarer}, birth order); the monthly amount per order is the measure's own {@code calculate}.
 */
final class ChildCareKernel implements MeasureKernel {

    private static final int MAX_ORDER = 30;
    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();

    private final Day day;
    private final ObjectKernel object;
    private final long reportMonths;
    private final boolean periodKnown;
    /** By days since birth: whether the day is past the care period (birth + months − 1 day). */
    private final boolean[] pastPeriod;
    private final long[] byOrder = new long[MAX_ORDER + 1];

    ChildCareKernel(Measure measure, Law law, ObjectKernel object) {
        this.day = new Day(law.day());
        this.object = object;
        BigDecimal months = Known.orNull(() -> law.number("childcare-allowance.duration-months"));
        periodKnown = months != null;
        reportMonths = periodKnown ? months.longValue() : 24;
        pastPeriod = new boolean[(int) (reportMonths + 2) * 31 + 1];
        for (int d = 0; d < pastPeriod.length && periodKnown; d++) {
            pastPeriod[d] = day.date.isAfter(day.date.minusDays(d).plusMonths(months.longValue()).minusDays(1));
        }
        for (int order = 1; order <= MAX_ORDER; order++) {
            byOrder[order] = Amounts.of(measure, law, Map.of("child-order", Integer.toString(order)));
        }
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        FamilyTally t = new FamilyTally();
        families:
        for (int f = from; f < to; f++) {
            if (s.youngest[f - s.from] >= reportMonths) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            int first = p.memberStart[f];
            int last = p.memberStart[f + 1];
            for (int m = first; m < last; m++) {
                if (!day.bornBy(p, m) || s.age(m) >= reportMonths) {
                    continue;
                }
                if (!periodKnown) {
                    t.add(Outcome.UNDETERMINED);
                    continue;
                }
                if (pastPeriod[day.epoch - p.birth[m]]) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                int carer = Carers.of(p, first, last, m);
                if (carer < 0 || p.status[m] == NON_RESIDENT || p.status[carer] == NON_RESIDENT
                        || ChildcarePaymentKernel.insured(p, carer, m)) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                int order = p.birthOrder[m];
                if (order == Population.NO_INT || order < 1) {
                    t.add(Outcome.REFUSED);
                } else if (order > MAX_ORDER) {
                    object.finish(p, f, outcome, amount);
                    continue families;
                } else {
                    t.add(byOrder[order]);
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
