package kz.shanyraq.law.batch;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Parameter;
import kz.shanyraq.law.parameter.ParameterVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.IntFunction;

/**
 * What the ГФСС payments computed column-wise share: the parameters of each day a right arose, resolved once and
 * kept by day (a right arises on a disability's first day or a registration as unemployed: a few thousand distinct
 * days), the average monthly income of the contribution window as {@code AverageMonthlyIncome} computes it, the
 * participation months as {@code SocialInsurance.participation()}, and the indexation of a payment assigned before
 * the day evaluated as {@code Indexation.apply}.
 */
final class InsuranceDays<T> {

    private static final String INDEXATION = "social-insurance.indexation";
    /** The participation coefficients of a day are kept for lengths up to this many months. */
    static final int KEPT_PARTICIPATION = 1200;

    /** Days kept in an array before the day evaluated (about 40 years) and after it: beyond, a map. */
    private static final int DAYS_BEFORE = 40 * 366;
    private static final int DAYS_AFTER = 2 * 366;

    private final FirstUse<T> resolve;
    private final int firstDay;
    /** By day − {@link #firstDay}: the resolved parameters, null until first used (a lookup without boxing). */
    private final Object[] near;

    InsuranceDays(int today, IntFunction<T> resolve) {
        this.resolve = new FirstUse<>(resolve);
        this.firstDay = today - DAYS_BEFORE;
        this.near = new Object[DAYS_BEFORE + DAYS_AFTER + 1];
    }

    /** The parameters of epoch day {@code day}, resolved on first use. */
    @SuppressWarnings("unchecked")
    T on(int day) {
        int i = day - firstDay;
        if (i >= 0 && i < near.length) {
            Object t = near[i];
            if (t == null) {
                // a benign race: two threads may store the same day's value; what they store is immutable
                t = resolve.of(day);
                near[i] = t;
            }
            return (T) t;
        }
        return resolve.of(day);
    }

    /** As {@code SocialInsurance.participation()}: the months given, or the number of contributions recorded. */
    static int participation(Population p, int insurance) {
        int months = p.participation[insurance];
        return months != Population.NO_INT ? months
                : p.contributionStart[insurance + 1] - p.contributionStart[insurance];
    }

    /** As {@code AverageMonthlyIncome.divide}: the window's sum ÷ months, 10 decimals half up, no trailing zeros. */
    static BigDecimal average(long sum, int months) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(months), 10, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /**
     * The participation coefficients of one day's law by months of participation, read on first use (a day sees a
     * few lengths only) and kept; null where that law does not give one.
     */
    static final class Coefficients {
        private static final BigDecimal UNREAD = new BigDecimal("-1");
        /** The law's coefficient, or {@link #UNREAD} where it gives none (the map keeps no nulls). */
        private final FirstUse<BigDecimal> read;
        private final BigDecimal[] kept = new BigDecimal[KEPT_PARTICIPATION];

        Coefficients(Law on) {
            this.read = new FirstUse<>(months -> {
                String key = Integer.toString(months);
                BigDecimal k = Known.orNull(() -> on.number("social-insurance.participation-coefficient", key));
                return k == null ? NONE : k;
            });
            java.util.Arrays.fill(kept, UNREAD);
        }

        BigDecimal of(int months) {
            if (months < 0 || months >= kept.length) {
                return given(read.of(months));
            }
            BigDecimal k = kept[months];
            if (k == UNREAD) {
                // a benign race: two threads may store the same value
                k = given(read.of(months));
                kept[months] = k;
            }
            return k;
        }

        private static final BigDecimal NONE = new BigDecimal("-2");

        private static BigDecimal given(BigDecimal k) {
            return k == NONE ? null : k;
        }
    }

    /**
     * The rates {@code Indexation.apply} multiplies by for a payment assigned on {@code assigned}, in order (the
     * non-zero ones); an empty array when the payment is assigned on or after the day evaluated; null when the
     * indexation is undetermined (the history does not reach the day, or a rate is not given).
     */
    static BigDecimal[] indexation(Law law, String payment, LocalDate assigned) {
        LocalDate today = law.day();
        if (!assigned.isBefore(today)) {
            return new BigDecimal[0];
        }
        Parameter p = law.book().parameter(INDEXATION);
        if (p.versionOn(today) == null) {
            return null;
        }
        java.util.List<BigDecimal> rates = new java.util.ArrayList<>();
        for (ParameterVersion v : p.versions()) {
            if (v.from().isAfter(assigned) && !v.from().isAfter(today)) {
                BigDecimal rate = Known.orNull(() -> law.on(v.from()).number(INDEXATION, payment));
                if (rate == null) {
                    return null;
                }
                if (rate.signum() != 0) {
                    rates.add(rate);
                }
            }
        }
        return rates.toArray(new BigDecimal[0]);
    }
}
