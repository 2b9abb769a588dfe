package kz.shanyraq.law.assistance;

import kz.shanyraq.law.batch.FamilyConditions;
import kz.shanyraq.law.batch.FamilyOnDay;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.parameter.Rounding;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batch engine's amount of targeted social assistance for a family that met the declared conditions
 * ({@link TargetedSocialAssistance#CONDITIONS}): its counted income against the line × months × members by the one
 * rule {@link PerCapitaIncome#withinLine}, then (line × months × members − income) ÷ months, rounded by
 * {@code asp.rounding}, in whole numbers (exact: the measure's 10-digit division never crosses a rounding
 * boundary). The parameters and each region's line are resolved once per run. The form of aid (unconditional /
 * conditional) changes neither outcome nor amount, but its rule can be undetermined: a family is left to the measure
 * ({@link FamilyConditions#FINISH}) when a parameter the form rule may read is not given, a member has no sex, or the
 * line × months is not whole or the period or rounding is not given (checked once by the measure's
 * {@code calculate}).
 */
final class AspBatchAmount implements FamilyConditions.BatchAmount {

    private static final long UNDETERMINED = 3;
    private static final long REFUSED = 2;
    private static final long LINE_UNKNOWN = -1;
    private static final long LINE_NOT_WHOLE = -2;

    private final TargetedSocialAssistance measure;
    private final Law law;
    private final boolean incomeKnown;
    private final BigDecimal months;
    /** Whole months of the income quarter (3), or 0 when not a whole number. */
    private final long wholeMonths;
    private final Boolean atLineEligible;
    private final Rounding rounding;
    private final boolean formKnown;
    private final Map<String, Long> lineByRegion = new ConcurrentHashMap<>();

    AspBatchAmount(TargetedSocialAssistance measure, Law law) {
        this.measure = measure;
        this.law = law;
        this.incomeKnown = known(() -> law.codes("asp.income.excluded-types")) != null;
        this.months = known(() -> law.number("asp.income.quarter-months"));
        this.wholeMonths = months != null && months.stripTrailingZeros().scale() <= 0 && months.signum() > 0
                ? months.longValueExact() : 0;
        this.atLineEligible = known(() -> law.flag("asp.eligibility.income-at-line-eligible"));
        this.rounding = known(() -> law.rounding("asp.rounding"));
        this.formKnown = formKnown(law);
    }

    @Override
    public long of(FamilyOnDay f) {
        if (!incomeKnown || months == null) {
            return UNDETERMINED;
        }
        long line = lineByRegion.computeIfAbsent(f.region(), this::line);
        if (line == LINE_UNKNOWN || atLineEligible == null) {
            return UNDETERMINED;
        }
        if (line == LINE_NOT_WHOLE) {
            return FamilyConditions.FINISH;
        }
        long income = f.countedIncome();
        long limit = line * f.members();
        if (!PerCapitaIncome.withinLine(Long.compare(income, limit), atLineEligible)) {
            return REFUSED;
        }
        if (f.sexMissing()) {
            return FamilyConditions.FINISH;
        }
        return FamilyConditions.entitled(round(limit - income, wholeMonths));
    }

    /** A region's line × months in whole tenge, or a marker for "unknown" / "not whole" (once per run and region). */
    private long line(String region) {
        BigDecimal line = known(() -> PovertyLine.of(law, region));
        if (line == null) {
            return LINE_UNKNOWN;
        }
        BigDecimal total = line.multiply(months);
        return total.stripTrailingZeros().scale() <= 0 && wholeMonths > 0 && rounding != null && formKnown
                && tailKnown(region) ? total.longValueExact() : LINE_NOT_WHOLE;
    }

    /** Whether the assignment period and rounding are determined on the day (the measure's own amount for one member). */
    private boolean tailKnown(String region) {
        return measure.calculate(Inputs.parse(measure.id(), measure.inputs(), Map.of("region", region, "members", "1",
                "quarter-income", "0")), law, false) instanceof Entitlement;
    }

    /** Whether every parameter the form rule may read is given on the day ({@link AspFormRule}). */
    private static boolean formKnown(Law law) {
        Boolean inForce = known(() -> law.flag("asp.form.in-force"));
        if (inForce == null) {
            return false;
        }
        if (!inForce) {
            return true;
        }
        return known(() -> law.number("asp.able-bodied.min-age")) != null
                && known(() -> law.number("asp.able-bodied.pension-age", "male")) != null
                && known(() -> law.number("asp.able-bodied.pension-age", "female")) != null
                && known(() -> law.flag("asp.form.only-one-able-bodied-carer")) != null
                && known(() -> law.number("asp.form.carer-child-age-under")) != null
                && known(() -> law.number("asp.form.cared-elderly-age")) != null;
    }

    private long round(long numerator, long denominator) {
        return switch (rounding) {
            case DOWN -> Math.floorDiv(numerator, denominator);
            case UP -> -Math.floorDiv(-numerator, denominator);
            case HALF_UP -> numerator >= 0 ? Math.floorDiv(2 * numerator + denominator, 2 * denominator)
                    : -Math.floorDiv(-2 * numerator + denominator, 2 * denominator);
        };
    }

    private static <T> T known(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ParameterUnknownException e) {
            return null;
        }
    }
}
