package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.benefit.family.MultiChildAllowance;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Multi-child family allowance, column-wise. The decision for each number of children is computed once, at compile
 * time, by the measure's own {@code calculate} (the same code as its family evaluation after the count); the kernel
 * counts the children (relation child or ward, resident, under 18 or a full-time student under the limit) and looks
 * the decision up. A count beyond the table is finished by the measure object.
 */
final class MultiChildKernel implements MeasureKernel {

    private static final int MAX = 30;
    private static final int CHILD = Relation.CHILD.ordinal();
    private static final int WARD = Relation.WARD.ordinal();
    private static final int HEAD = Relation.HEAD.ordinal();
    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();

    private final Day day;
    private final ObjectKernel object;
    private final Integer studentLimit;
    private final byte[] outcomeByCount = new byte[MAX + 1];
    private final long[] amountByCount = new long[MAX + 1];

    /** {@code multichild-allowance.in-force}: true, false (refused) or null (unknown: undetermined). */
    private final Boolean inForce;

    MultiChildKernel(Measure measure, Law law, ObjectKernel object) {
        this.day = new Day(law.day());
        this.inForce = Known.orNull(() -> law.flag(MultiChildAllowance.IN_FORCE));
        this.object = object;
        BigDecimal limit = Known.orNull(() -> law.number("multichild-allowance.student-age-limit"));
        this.studentLimit = limit == null ? null : limit.intValue();
        for (int n = 0; n <= MAX; n++) {
            Decision d = measure.calculate(Inputs.parse(measure.id(), measure.inputs(),
                    Map.of("children", Integer.toString(n))), law, false);
            outcomeByCount[n] = d instanceof Entitlement ? Outcome.ENTITLED
                    : d instanceof Refusal ? Outcome.REFUSED : Outcome.UNDETERMINED;
            amountByCount[n] = d instanceof Entitlement e ? e.amount() : 0;
        }
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        byte[] relation = p.relation;
        int[] start = p.memberStart;
        for (int f = from; f < to; f++) {
            if (!s.any(f, MemberScan.CHILD_OR_WARD)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            if (!Boolean.TRUE.equals(inForce)) {
                // before its introduction the allowance is refused to every family (as the measure's first check)
                outcome[f] = inForce == null ? Outcome.UNDETERMINED : Outcome.REFUSED;
                amount[f] = 0;
                continue;
            }
            // the scan found a child or ward, the first head and the children counted under 18
            int i = f - s.from;
            int first = start[f];
            int last = start[f + 1];
            amount[f] = 0;
            int applicant = s.head[i] >= 0 && s.head[i] < 127 ? first + s.head[i] : -1;
            if (applicant < 0 && s.head[i] == 127) {
                for (int m = first; m < last && applicant < 0; m++) {
                    applicant = relation[m] == HEAD ? m : -1;
                }
            }
            if (applicant < 0) {
                applicant = first;
            }
            if (p.status[applicant] == NON_RESIDENT) {
                outcome[f] = Outcome.REFUSED;
                continue;
            }
            if (studentLimit == null) {
                outcome[f] = Outcome.UNDETERMINED;
                continue;
            }
            int count = s.minors[i];
            if (s.adultStudents[i] > 0) {
                for (int m = first; m < last; m++) {
                    int rel = relation[m];
                    if ((rel != CHILD && rel != WARD) || !day.bornBy(p, m) || p.status[m] == NON_RESIDENT) {
                        continue;
                    }
                    int age = day.age(p, m);
                    if (age >= 18 && age < studentLimit && studying(p, m)) {
                        count++;
                    }
                }
            }
            if (count > MAX) {
                object.finish(p, f, outcome, amount);
                continue;
            }
            outcome[f] = outcomeByCount[count];
            amount[f] = amountByCount[count];
        }
    }

    private boolean studying(Population p, int m) {
        int s = p.studyOf[m];
        return s >= 0 && day.within(p.studyFrom[s], p.studyUntil[s]);
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
