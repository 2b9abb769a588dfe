package kz.shanyraq.law.batch;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Rounding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * ГФСС payment for job loss, column-wise, in the order of {@code JobLossPayment}: for each member whose employment
 * records a registration or a job loss, registered as unemployed by the day (refused otherwise), not employed,
 * insured, then by the law of the registration day the least participation, {@code min(ДСМ; cap × МЗП) × КЗД × КСУ},
 * the months paid by participation and whether the day evaluated is still within them, rounded. A parameter the
 * law does not give where the measure reads it makes that member undetermined, as in the measure. The parameters of
 * each registration day are resolved once ({@link InsuranceDays}).
 */
final class JobLossKernel implements MeasureKernel {

    private static final String P = "job-loss-payment.";

    private final Day day;
    private final ObjectKernel object;
    private final InsuranceDays<Resolved> days;

    /** The parameters in force on one registration day; null = not given by the law of that day. */
    private static final class Resolved {
        final LocalDate date;
        final Law on;
        final int windowMonths;         // 0 = not given
        final boolean windowValid;      // a positive window (the measure fails on another)
        final BigDecimal leastParticipation;
        final BigDecimal mzp;
        final BigDecimal capTimes;
        final BigDecimal kzd;
        final InsuranceDays.Coefficients ksu;
        final Rounding rounding;

        Resolved(Law law, int rightDay) {
            date = LocalDate.ofEpochDay(rightDay);
            on = law.on(date);
            BigDecimal w = Known.orNull(() -> on.number(P + "average-income-months"));
            windowMonths = w == null ? 0 : w.intValueExact();
            windowValid = w == null || windowMonths > 0;
            leastParticipation = Known.orNull(() -> on.number(P + "minimum-participation-months"));
            mzp = Known.orNull(() -> on.number("minimum-wage"));
            capTimes = Known.orNull(() -> on.number(P + "income-cap-mzp"));
            kzd = Known.orNull(() -> on.number(P + "replacement-rate"));
            ksu = new InsuranceDays.Coefficients(on);
            rounding = Known.orNull(() -> on.rounding(P + "rounding"));
        }
    }

    JobLossKernel(Law law, ObjectKernel object) {
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
            if (!s.any(f, MemberScan.JOB_LOSS)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
                int e = p.employmentOf[m];
                if (e < 0 || (p.registeredOn[e] == Population.NO_DAY && p.jobLostOn[e] == Population.NO_DAY)) {
                    continue;
                }
                int registered = p.registeredOn[e];
                if (registered == Population.NO_DAY || registered > day.epoch || p.employed[e]) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                int insurance = p.insuranceOf[m];
                if (insurance < 0) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                Resolved law = days.on(registered);
                if (!law.windowValid) {
                    object.finish(p, f, outcome, amount);
                    continue families;
                }
                t.add(decide(p, law, insurance));
            }
            t.write(f, outcome, amount);
        }
    }

    /** One registered, unemployed, insured member's decision, packed as {@link Amounts}. */
    private long decide(Population p, Resolved law, int insurance) {
        if (law.windowMonths == 0) {
            return Outcome.UNDETERMINED;
        }
        long sum = InsuranceColumns.windowIncome(p, insurance, (int) law.date.toEpochDay(), law.windowMonths);
        BigDecimal average = InsuranceDays.average(sum, law.windowMonths);
        if (law.leastParticipation == null) {
            return Outcome.UNDETERMINED;
        }
        int participation = InsuranceDays.participation(p, insurance);
        if (participation < law.leastParticipation.intValueExact()) {
            return Outcome.REFUSED;
        }
        if (law.mzp == null || law.capTimes == null || law.kzd == null) {
            return Outcome.UNDETERMINED;
        }
        BigDecimal dsm = average.min(law.capTimes.multiply(law.mzp));
        BigDecimal ksu = law.ksu.of(participation);
        if (ksu == null) {
            return Outcome.UNDETERMINED;
        }
        BigDecimal raw = dsm.multiply(law.kzd).multiply(ksu);
        String key = String.valueOf(participation);
        BigDecimal months = Known.orNull(() -> law.on.number(P + "duration-months", key));
        if (months == null) {
            return Outcome.UNDETERMINED;
        }
        int paid = months.intValueExact();
        if (paid <= 0) {
            return Outcome.REFUSED;
        }
        LocalDate until = law.date.plusMonths(paid).minusDays(1);
        if (day.date.isAfter(until)) {
            return Outcome.REFUSED;
        }
        if (law.rounding == null) {
            return Outcome.UNDETERMINED;
        }
        return Amounts.ENTITLED_BASE + 4 * law.rounding.apply(raw);
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
