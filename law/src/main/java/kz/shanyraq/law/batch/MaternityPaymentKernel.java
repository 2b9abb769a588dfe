package kz.shanyraq.law.batch;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Rounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * ГФСС payment for loss of income at pregnancy and childbirth, column-wise, in the measure's order for each member
 * with a maternity leave: insured, contributions in the window before the month the leave starts (the right
 * arises that day), the leave days of that day's law (normal or longer), then ДСМ (capped) × days ÷ days in a month,
 * rounded, as {@code MaternityPayment.amount}. The parameters of each leave-start day are resolved once and kept;
 * the amount is computed in decimals only for members actually paid.
 */
final class MaternityPaymentKernel implements MeasureKernel {

    private final Law law;
    private final ObjectKernel object;
    private final InsuranceDays<Resolved> resolved;

    /** The payment's parameters in force on the day a leave starts; null fields are not given by the law. */
    private static final class Resolved {
        final int windowMonths;     // 0 = unknown
        final BigDecimal normal;
        final BigDecimal longer;
        final BigDecimal cap;       // cap × МЗП
        final BigDecimal perMonth;
        final Rounding rounding;
        final boolean rateKnown;

        Resolved(Law on) {
            BigDecimal w = Known.orNull(() -> on.number("maternity-payment.average-income-months"));
            windowMonths = w == null ? 0 : w.intValueExact();
            normal = Known.orNull(() -> on.number("maternity-payment.leave-days", "normal"));
            longer = Known.orNull(() -> on.number("maternity-payment.leave-days", "complicated-or-multiple"));
            BigDecimal mzp = Known.orNull(() -> on.number("minimum-wage"));
            BigDecimal times = Known.orNull(() -> on.number("maternity-payment.income-cap-mzp"));
            cap = mzp == null || times == null ? null : times.multiply(mzp);
            perMonth = Known.orNull(() -> on.number("maternity-payment.days-in-month"));
            rounding = Known.orNull(() -> on.rounding("maternity-payment.rounding"));
            rateKnown = Known.orNull(() -> on.number("maternity-payment.pension-contribution-rate")) != null;
        }
    }

    /** The day evaluated, in epoch days. */
    private final int today;

    MaternityPaymentKernel(Law law, ObjectKernel object) {
        this.law = law;
        this.object = object;
        this.today = (int) law.day().toEpochDay();
        this.resolved = new InsuranceDays<>((int) law.day().toEpochDay(),
                d -> new Resolved(law.on(LocalDate.ofEpochDay(d))));
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        FamilyTally t = new FamilyTally();
        for (int f = from; f < to; f++) {
            if (!s.any(f, MemberScan.MATERNITY)) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
                int leave = p.maternityOf[m];
                if (leave < 0 || p.maternityStart[leave] == Population.NO_DAY) {
                    continue;
                }
                int insurance = p.insuranceOf[m];
                if (insurance < 0) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                int rightDay = p.maternityStart[leave];
                if (rightDay > today) {
                    t.add(Outcome.REFUSED); // the right arises after the day evaluated
                    continue;
                }
                Resolved law = resolved.on(rightDay);
                if (law.windowMonths <= 0) {
                    t.add(Outcome.UNDETERMINED);
                    continue;
                }
                long sum = InsuranceColumns.windowIncome(p, insurance, rightDay, law.windowMonths);
                if (sum <= 0) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                if (law.normal == null || law.longer == null) {
                    t.add(Outcome.UNDETERMINED);
                    continue;
                }
                BigDecimal days = BigDecimal.valueOf(p.maternityDays[leave]);
                if (days.compareTo(law.normal) != 0 && days.compareTo(law.longer) != 0) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                if (law.cap == null || law.perMonth == null || law.rounding == null || !law.rateKnown) {
                    t.add(Outcome.UNDETERMINED);
                    continue;
                }
                BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(law.windowMonths), 10,
                        RoundingMode.HALF_UP).stripTrailingZeros();
                BigDecimal raw = average.min(law.cap).multiply(days).divide(law.perMonth, 10, RoundingMode.HALF_UP);
                t.add(Amounts.ENTITLED_BASE + 4 * law.rounding.apply(raw));
            }
            t.write(f, outcome, amount);
        }
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
