package kz.shanyraq.law.batch;

import kz.shanyraq.law.benefit.family.AwardedMotherAllowance;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

import java.util.Map;

/**
 * Allowance to mothers awarded «Алтын алқа» / «Күміс алқа», column-wise: each member with an award received by the
 * day (the highest counts), then residence; the two monthly amounts are the measure's own {@code calculate}.
 */
final class AwardedMotherKernel implements MeasureKernel {

    private static final int KUMIS = AwardKind.KUMIS_ALKA.ordinal();
    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();

    private final Day day;
    private final long altyn;
    private final long kumis;

    AwardedMotherKernel(Measure measure, Law law) {
        this.day = new Day(law.day());
        this.altyn = Amounts.of(measure, law, Map.of("award", AwardedMotherAllowance.ALTYN_ALKA));
        this.kumis = Amounts.of(measure, law, Map.of("award", AwardedMotherAllowance.KUMIS_ALKA));
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        FamilyTally t = new FamilyTally();
        for (int f = from; f < to; f++) {
            if (!s.any(f, MemberScan.AWARD)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
                int rate = 0; // 0 none, 1 kumis, 2 altyn
                for (int a = p.awardStart[m]; a < p.awardStart[m + 1] && rate < 2; a++) {
                    if (p.awardedOn[a] != Population.NO_DAY && p.awardedOn[a] > day.epoch) {
                        continue;
                    }
                    rate = p.awardKind[a] != KUMIS ? 2 : 1;
                }
                if (rate == 0) {
                    continue;
                }
                if (p.status[m] == NON_RESIDENT) {
                    t.add(Outcome.REFUSED);
                } else {
                    t.add(rate == 2 ? altyn : kumis);
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
