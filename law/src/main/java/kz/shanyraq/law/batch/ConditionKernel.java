package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

/**
 * The generic kernel of a measure declared by {@link MemberConditions}: for each candidate family (the scan's
 * flags), each member the measure looks at is refused at the first failing condition or entitled to the amount of
 * its deciding keys, computed once per key by the measure's own {@code calculate}.
 */
final class ConditionKernel implements MeasureKernel {

    private final Measure measure;
    private final Law law;
    private final MemberConditions rule;
    private final int candidates;
    private final Day day;
    private final long[] amounts;
    private final FirstUse<Long> amount;
    /** Each condition's test on the day's law; {@code null} where a parameter it reads is unknown (undetermined). */
    private final MemberConditions.Test[] tests;
    private final ObjectKernel object;
    /** Who the measure looks at on the day's law. */
    private final MemberConditions.Test beneficiary;

    ConditionKernel(Measure measure, Law law, MemberConditions rule, int candidates, ObjectKernel object) {
        this.measure = measure;
        this.law = law;
        this.rule = rule;
        this.candidates = candidates;
        this.day = new Day(law.day());
        this.amounts = new long[rule.amounts];
        this.amount = new FirstUse<>(i -> Amounts.of(measure, law.on(day.date.minusDays(rule.amountDay.daysBefore(i))),
                rule.amountKeys.of(i)));
        this.object = object;
        this.beneficiary = rule.beneficiary(law::number);
        this.tests = new MemberConditions.Test[rule.conditions.length];
        for (int c = 0; c < tests.length; c++) {
            MemberConditions.Condition condition = rule.conditions[c];
            tests[c] = Known.orNull(() -> condition.test(law::number));
        }
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] sum = r.amount[k];
        FamilyTally t = new FamilyTally();
        MemberOnDay m = new MemberOnDay(p, day);
        families:
        for (int f = from; f < to; f++) {
            if (!s.any(f, candidates)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                sum[f] = 0;
                continue;
            }
            t.reset();
            int first = p.memberStart[f];
            int last = p.memberStart[f + 1];
            for (int i = first; i < last; i++) {
                m.at(first, last, i);
                if (!beneficiary.holds(m)) {
                    continue;
                }
                byte failed = failed(m);
                if (failed != Outcome.ENTITLED) {
                    t.add(failed);
                    continue;
                }
                if (rule.amountOfEach != null) {
                    t.add(amountOfEach(m));
                    continue;
                }
                int key = rule.amountIndex.of(m);
                if (key < 0) {
                    object.finish(p, f, outcome, sum);
                    continue families;
                }
                t.add(amount(key));
            }
            t.write(f, outcome, sum);
        }
    }

    /** {@link Outcome#REFUSED} at the first condition that fails, undetermined at one the law cannot decide. */
    private byte failed(MemberOnDay m) {
        for (MemberConditions.Test test : tests) {
            if (test == null) {
                return Outcome.UNDETERMINED;
            }
            if (!test.holds(m)) {
                return Outcome.REFUSED;
            }
        }
        return Outcome.ENTITLED;
    }

    /** The member's amount by the measure's own function, on a calculation that does not explain. */
    private long amountOfEach(MemberOnDay m) {
        return Amounts.pack(Calculation.run(measure, "batch", law, false, c -> rule.amountOfEach.of(c, m)));
    }

    private long amount(int i) {
        long a = amounts[i];
        if (a == Amounts.NONE) {
            // A benign race: two threads may store the same answer.
            a = amount.of(i);
            amounts[i] = a;
        }
        return a;
    }

    @Override
    public String kind() {
        return "columnar (declared conditions)";
    }
}
