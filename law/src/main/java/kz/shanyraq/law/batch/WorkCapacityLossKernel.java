package kz.shanyraq.law.batch;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Rounding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * ГФСС payment for loss of working capacity, column-wise, in the order of {@code WorkCapacityLossPayment}: for each
 * member with a disability in force that records a loss of working capacity, social insurance (refused without),
 * the average monthly income of the window before the month the right arose (the disability's first day), the least
 * degree of loss, {@code (min(ДСМ; cap × МЗП) − share × МЗП) × КЗД × КСУ × КУТ} by the law of that day, rounded,
 * then indexed to the day evaluated and rounded again when the indexation moved it. A parameter the law does not
 * give where the measure reads it makes that member undetermined, as in the measure. The parameters of each day a
 * right arose are resolved once ({@link InsuranceDays}).
 */
final class WorkCapacityLossKernel implements MeasureKernel {

    private static final String PAYMENT = "work-capacity-loss";
    private static final String P = "work-capacity-loss-payment.";

    private final Law law;
    private final Day day;
    private final ObjectKernel object;
    private final InsuranceDays<Resolved> days;

    /** The parameters in force on one day a right arose; null = not given by the law of that day. */
    private static final class Resolved {
        final int windowMonths;         // 0 = not given
        final boolean windowValid;      // a positive window (the measure fails on another)
        final BigDecimal leastLoss;
        final BigDecimal mzp;
        final BigDecimal capTimes;
        final BigDecimal share;
        final BigDecimal kzd;
        final InsuranceDays.Coefficients ksu;
        final Rounding rounding;
        final BigDecimal[] indexation;  // null = undetermined
        final BigDecimal opvRate;

        Resolved(Law law, int rightDay) {
            LocalDate d = LocalDate.ofEpochDay(rightDay);
            Law on = law.on(d);
            BigDecimal w = Known.orNull(() -> on.number(P + "average-income-months"));
            windowMonths = w == null ? 0 : w.intValueExact();
            windowValid = w == null || windowMonths > 0;
            leastLoss = Known.orNull(() -> on.number(P + "minimum-loss"));
            mzp = Known.orNull(() -> on.number("minimum-wage"));
            capTimes = Known.orNull(() -> on.number(P + "income-cap-mzp"));
            share = Known.orNull(() -> on.number(P + "mzp-deduction"));
            kzd = Known.orNull(() -> on.number(P + "replacement-rate"));
            ksu = new InsuranceDays.Coefficients(on);
            rounding = Known.orNull(() -> on.rounding(P + "rounding"));
            indexation = InsuranceDays.indexation(law, PAYMENT, d);
            opvRate = Known.orNull(() -> on.number(P + "pension-contribution-rate"));
        }
    }

    WorkCapacityLossKernel(Law law, ObjectKernel object) {
        this.law = law;
        this.day = new Day(law.day());
        this.object = object;
        this.days = new InsuranceDays<>(day.epoch, d -> new Resolved(law, d));
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        FamilyTally t = new FamilyTally();
        families:
        for (int f = from; f < to; f++) {
            if (!s.any(f, MemberScan.WORK_CAPACITY_LOSS)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
                int d = p.disabilityOf[m];
                if (d < 0 || p.workCapacityLoss[d] == Population.NO_INT) {
                    continue;
                }
                int rightDay = p.disabilityFrom[d];
                if (rightDay == Population.NO_DAY) {
                    object.finish(p, f, outcome, amount);
                    continue families;
                }
                if (!day.within(rightDay, p.disabilityUntil[d])) {
                    continue;
                }
                int insurance = p.insuranceOf[m];
                if (insurance < 0) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                Resolved law = days.on(rightDay);
                if (!law.windowValid) {
                    object.finish(p, f, outcome, amount);
                    continue families;
                }
                t.add(decide(p, law, insurance, rightDay, p.workCapacityLoss[d]));
            }
            t.write(f, outcome, amount);
        }
    }

    /** One insured member's decision, packed as {@link Amounts}. */
    private static long decide(Population p, Resolved law, int insurance, int rightDay, int lossPercent) {
        if (law.windowMonths == 0) {
            return Outcome.UNDETERMINED;
        }
        long sum = InsuranceColumns.windowIncome(p, insurance, rightDay, law.windowMonths);
        BigDecimal average = InsuranceDays.average(sum, law.windowMonths);
        if (law.leastLoss == null) {
            return Outcome.UNDETERMINED;
        }
        BigDecimal kut = BigDecimal.valueOf(lossPercent).movePointLeft(2);
        if (kut.compareTo(law.leastLoss) < 0) {
            return Outcome.REFUSED;
        }
        if (law.mzp == null || law.capTimes == null || law.share == null) {
            return Outcome.UNDETERMINED;
        }
        BigDecimal dsm = average.min(law.capTimes.multiply(law.mzp));
        BigDecimal base = dsm.subtract(law.share.multiply(law.mzp));
        if (base.signum() <= 0) {
            return Outcome.REFUSED;
        }
        if (law.kzd == null) {
            return Outcome.UNDETERMINED;
        }
        BigDecimal ksu = law.ksu.of(InsuranceDays.participation(p, insurance));
        if (ksu == null || law.rounding == null) {
            return Outcome.UNDETERMINED;
        }
        long assigned = law.rounding.apply(base.multiply(law.kzd).multiply(ksu).multiply(kut));
        if (law.indexation == null) {
            return Outcome.UNDETERMINED;
        }
        BigDecimal indexed = BigDecimal.valueOf(assigned);
        for (BigDecimal rate : law.indexation) {
            indexed = indexed.multiply(BigDecimal.ONE.add(rate));
        }
        long payable = indexed.compareTo(BigDecimal.valueOf(assigned)) == 0 ? assigned : law.rounding.apply(indexed);
        if (law.opvRate == null) {
            return Outcome.UNDETERMINED;
        }
        return Amounts.ENTITLED_BASE + 4 * payable;
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
