package kz.shanyraq.law.batch;

import kz.shanyraq.law.benefit.insurance.InsuredCarer;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Parameter;
import kz.shanyraq.law.parameter.ParameterVersion;
import kz.shanyraq.law.parameter.Rounding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * ГФСС payment for child care to age 1–1.5, column-wise, in the measure's order for each child younger than the
 * longest age limit the law has had: the carer ({@code Carers}) insured by the one rule {@code InsuredCarer}, the age limit of the day, the birth order, then the average monthly income of the contribution window
 * before the month the right arises (birth, or the end of the carer's maternity leave covering it) and the amount
 * max(rate × min(ДСМ; cap × МЗП); coefficient × МРП) by the law of that day, rounded. The parameters of each day a
 * right arises are resolved once and kept (days of the last ~3 years); the amount is computed in decimals only for
 * children actually paid, exactly as {@code ChildcarePayment.amount}.
 */
final class ChildcarePaymentKernel implements MeasureKernel {

    private static final String DURATION = "childcare-payment.duration-months";
    private static final int MAX_ORDER = 30;
    private static final int LEAVE_DAYS = 400;

    private final Law law;
    private final Day day;
    private final ObjectKernel object;
    private final long longest;
    private final boolean durationKnown;
    /** By days since birth: the day is past the age limit (birth + months − 1 day). */
    private final boolean[] pastLimit;
    /** Parameters by the day the right arises, from {@link #firstRightDay}; filled lazily. */
    private final Resolved[] resolved;
    private final FirstUse<Resolved> resolve;
    private final int firstRightDay;

    /** The payment's parameters in force on one day a right arises; null fields are not given by the law. */
    private static final class Resolved {
        final int windowMonths;         // 0 = unknown
        final BigDecimal cap;           // cap × МЗП
        final BigDecimal rate;
        final BigDecimal mrp;
        final Rounding rounding;
        final BigDecimal[] coefficient; // by order

        Resolved(Law on) {
            BigDecimal w = Known.orNull(() -> on.number("childcare-payment.average-income-months"));
            windowMonths = w == null ? 0 : w.intValueExact();
            BigDecimal mzp = Known.orNull(() -> on.number("minimum-wage"));
            BigDecimal times = Known.orNull(() -> on.number("childcare-payment.income-cap-mzp"));
            cap = mzp == null || times == null ? null : times.multiply(mzp);
            rate = Known.orNull(() -> on.number("childcare-payment.rate"));
            mrp = Known.orNull(() -> on.number("mrp", "social-benefits"));
            rounding = Known.orNull(() -> on.rounding("childcare-payment.rounding"));
            coefficient = new BigDecimal[MAX_ORDER + 1];
            for (int order = 1; order <= MAX_ORDER; order++) {
                String key = Integer.toString(order);
                coefficient[order] = Known.orNull(() -> on.number("childcare-payment.minimum-coefficient", key));
            }
        }
    }

    ChildcarePaymentKernel(Law law, ObjectKernel object) {
        this.law = law;
        this.day = new Day(law.day());
        this.object = object;
        Parameter p = law.book().parameter(DURATION);
        long longestMonths = 0;
        for (ParameterVersion v : p.versions()) {
            if (v.value() instanceof BigDecimal months) {
                longestMonths = Math.max(longestMonths, months.longValueExact());
            }
        }
        this.longest = longestMonths;
        BigDecimal months = Known.orNull(() -> law.number(DURATION));
        durationKnown = months != null;
        pastLimit = new boolean[(int) (longest + 2) * 31 + 1];
        for (int d = 0; d < pastLimit.length && durationKnown; d++) {
            pastLimit[d] = day.date.isAfter(day.date.minusDays(d).plusMonths(months.longValue()).minusDays(1));
        }
        firstRightDay = day.epoch - pastLimit.length;
        resolved = new Resolved[pastLimit.length + LEAVE_DAYS + 1];
        resolve = new FirstUse<>(rightDay -> new Resolved(law.on(java.time.LocalDate.ofEpochDay(rightDay))));
    }

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        FamilyTally t = new FamilyTally();
        families:
        for (int f = from; f < to; f++) {
            if (s.youngest[f - s.from] >= longest) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                amount[f] = 0;
                continue;
            }
            t.reset();
            int first = p.memberStart[f];
            int last = p.memberStart[f + 1];
            for (int m = first; m < last; m++) {
                if (!day.bornBy(p, m) || s.age(m) >= longest) {
                    continue;
                }
                int carer = Carers.of(p, first, last, m);
                if (carer < 0 || !insured(p, carer, m)) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                if (!durationKnown) {
                    t.add(Outcome.UNDETERMINED);
                    continue;
                }
                if (pastLimit[day.epoch - p.birth[m]]) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                int order = p.birthOrder[m];
                if (order == Population.NO_INT || order < 1) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                int rightDay = rightArises(p, carer, p.birth[m]);
                if (rightDay > day.epoch) {
                    t.add(Outcome.REFUSED); // the right arises after the day evaluated
                    continue;
                }
                Resolved law = resolved(rightDay);
                if (law == null || order > MAX_ORDER) {
                    object.finish(p, f, outcome, amount);
                    continue families;
                }
                if (law.windowMonths <= 0) {
                    t.add(Outcome.UNDETERMINED);
                    continue;
                }
                long sum = windowIncome(p, p.insuranceOf[carer], rightDay, law.windowMonths);
                if (sum <= 0) {
                    t.add(Outcome.REFUSED);
                    continue;
                }
                if (law.cap == null || law.rate == null || law.coefficient[order] == null || law.mrp == null
                        || law.rounding == null) {
                    t.add(Outcome.UNDETERMINED);
                    continue;
                }
                t.add(Amounts.ENTITLED_BASE + 4 * amount(law, sum, order));
            }
            t.write(f, outcome, amount);
        }
    }

    /** As {@code ChildcarePayment.amount}: max(rate × min(ДСМ; cap), coefficient × МРП), rounded. */
    private static long amount(Resolved law, long sum, int order) {
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(law.windowMonths), 10,
                RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal byIncome = law.rate.multiply(average.min(law.cap));
        BigDecimal minimum = law.coefficient[order].multiply(law.mrp);
        return law.rounding.apply(byIncome.max(minimum));
    }

    private Resolved resolved(int rightDay) {
        int i = rightDay - firstRightDay;
        if (i < 0 || i >= resolved.length) {
            return null;
        }
        Resolved x = resolved[i];
        if (x == null) {
            // A benign race: two threads may store the same day's object; it is immutable.
            x = resolve.of(rightDay);
            resolved[i] = x;
        }
        return x;
    }

    /** {@code InsuredCarer}: contributions for the month the right arose or the one before. */
    static boolean insured(Population p, int carer, int child) {
        int i = p.insuranceOf[carer];
        if (i < 0) {
            return false;
        }
        int leave = p.maternityOf[carer];
        boolean dated = leave >= 0 && p.maternityStart[leave] != Population.NO_DAY;
        long month = InsuredCarer.insuranceMonth(p.birth[child],
                dated ? p.maternityStart[leave] : InsuredCarer.NO_LEAVE, dated ? p.maternityDays[leave] : 0);
        int start = p.contributionStart[i];
        int end = p.contributionStart[i + 1];
        return InsuredCarer.insured(month, x -> {
            for (int c = start; c < end; c++) {
                if (p.contributionMonth[c] == x) {
                    return true;
                }
            }
            return false;
        });
    }

    /** {@code InsuredCarer.rightArises}: birth day, or the day after the carer's leave when it covers the birth. */
    private static int rightArises(Population p, int carer, int birth) {
        int leave = p.maternityOf[carer];
        boolean dated = leave >= 0 && p.maternityStart[leave] != Population.NO_DAY;
        return (int) InsuredCarer.rightArisesDay(birth, dated ? p.maternityStart[leave] : InsuredCarer.NO_LEAVE,
                dated ? p.maternityDays[leave] : 0);
    }

    /** Contribution incomes of the {@code months} months before the month of {@code rightDay}. */
    static long windowIncome(Population p, int insurance, int rightDay, int months) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(rightDay);
        int month = d.getYear() * 12 + d.getMonthValue() - 1;
        int firstMonth = month - months;
        long sum = 0;
        for (int c = p.contributionStart[insurance]; c < p.contributionStart[insurance + 1]; c++) {
            int cm = p.contributionMonth[c];
            if (cm >= firstMonth && cm < month) {
                sum = Math.addExact(sum, p.contributionIncome[c]);
            }
        }
        return sum;
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
