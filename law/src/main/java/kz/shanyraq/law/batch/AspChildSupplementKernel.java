package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Supplement for children aged 1–6 in families receiving targeted social assistance, column-wise, in the measure's
 * order: a family with a child in the ages (nominal 1–6 when the law does not give them) gets one decision — refused
 * when the supplement is not paid in cash, undetermined without the age parameters, then the family's assistance
 * decision (the assistance column before any category refusal: undetermined, refused or entitled) and, if entitled,
 * the amount for the number of children, which is the measure's own {@code calculate}. Reads the assistance column,
 * so it runs after it (catalogue order).
 */
final class AspChildSupplementKernel implements MeasureKernel {

    private static final int MAX_CHILDREN = 30;

    private final Day day;
    private final ObjectKernel object;
    private final int asp;
    private final Boolean cash;
    private final boolean agesKnown;
    private final int ageFrom;
    private final int ageTo;
    private final long[] byChildren = new long[MAX_CHILDREN + 1];
    /** {@link MemberScan#years} bits of the ages counted: a family with none of them has no child to count. */
    private final long agesMask;

    AspChildSupplementKernel(Measure measure, Law law, ObjectKernel object) {
        this.day = new Day(law.day());
        this.object = object;
        this.cash = Known.orNull(() -> law.flag("asp-child-supplement.cash"));
        BigDecimal from = Known.orNull(() -> law.number("asp-child-supplement.age-from"));
        BigDecimal to = Known.orNull(() -> law.number("asp-child-supplement.age-to"));
        this.agesKnown = from != null && to != null;
        this.ageFrom = from == null ? 1 : from.intValueExact();
        this.ageTo = to == null ? 6 : to.intValueExact();
        this.agesMask = MemberScan.yearsMask(ageFrom, ageTo);
        this.asp = kz.shanyraq.law.measure.Measures.all().stream().map(Measure::id).toList()
                .indexOf("targeted-social-assistance");
        if (Boolean.TRUE.equals(cash) && agesKnown) {
            for (int n = 1; n <= MAX_CHILDREN; n++) {
                byChildren[n] = Amounts.of(measure, law, Map.of("children", Integer.toString(n)));
            }
        }
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        byte[] aspOutcome = asp >= 0 && asp < k ? r.outcome[asp] : null;
        for (int f = from; f < to; f++) {
            amount[f] = 0;
            if ((s.years[f - s.from] & agesMask) == 0) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                continue;
            }
            int children = 0;
            for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
                if (day.bornBy(p, m)) {
                    int age = s.age(m) / 12;
                    children += age >= ageFrom && age <= ageTo ? 1 : 0;
                }
            }
            if (children == 0) {
                outcome[f] = Outcome.NOT_APPLICABLE;
            } else if (cash == null) {
                outcome[f] = Outcome.UNDETERMINED;
            } else if (!cash) {
                outcome[f] = Outcome.REFUSED;
            } else if (!agesKnown) {
                outcome[f] = Outcome.UNDETERMINED;
            } else if (aspOutcome == null || children > MAX_CHILDREN) {
                object.finish(p, f, outcome, amount);
            } else {
                byte a = aspOutcome[f];
                if (a == Outcome.ENTITLED) {
                    outcome[f] = Amounts.code(byChildren[children]);
                    amount[f] = Amounts.amount(byChildren[children]);
                } else {
                    outcome[f] = a == Outcome.REFUSED ? Outcome.REFUSED : Outcome.UNDETERMINED;
                }
            }
        }
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
