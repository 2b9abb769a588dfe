package kz.shanyraq.law.batch;

import kz.shanyraq.law.assistance.PovertyLine;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Rounding;
import kz.shanyraq.law.region.Regions;

import java.math.BigDecimal;
import java.util.List;

/**
 * Targeted social assistance, column-wise, in the measure's order of conditions (region, residence statuses,
 * non-mortgage loans, counted income of the previous quarter against the poverty line × members × months, all
 * parameters and the lines of the population's regions resolved once). A family within the line is entitled to
 * (line × months × members − income) ÷ months, rounded by {@code asp.rounding}, computed exactly in whole numbers.
 * The form of aid (unconditional / conditional) changes neither outcome nor amount, so it is not computed here, but
 * it can make the measure undetermined: the columns finish a family only when every parameter the form rule may read
 * is given and every member has a sex; otherwise, and when the line × months is not whole or the period or rounding
 * is not given (checked once by the measure's own {@code calculate}), the measure object finishes the family.
 * The category-6 refusal (local budgets) is applied afterwards by {@link BatchEvaluator}.
 */
final class AspKernel implements MeasureKernel {

    private final ObjectKernel object;
    private final boolean statusesKnown;
    private final boolean[] allowedStatus = new boolean[Population.STATUSES.length];
    /** Bit per allowed residence status ordinal (as {@link MemberScan#statuses}). */
    private final int allowedStatuses;
    private final Boolean refuseLoans;
    private final boolean[] exemptLoan;
    private final boolean[] excludedIncome;
    private final boolean monthsKnown;
    private final Boolean atLineEligible;
    private final Law law;
    private final BigDecimal months;
    /** Whole months of the income quarter (3), or 0 when not a whole number: the amount is then left to the measure. */
    private final long wholeMonths;
    /** Whether the form of aid can never be undetermined for a family whose members all have a sex. */
    private final boolean formKnown;
    /** The rounding of the amount, or null: the amount is then left to the measure object. */
    private final Rounding rounding;
    private final Measure measure;
    private volatile Population linesOf;
    private volatile long[] lines;

    AspKernel(Measure measure, Law law, ObjectKernel object) {
        this.measure = measure;
        this.object = object;
        this.law = law;
        List<String> statuses = Known.orNull(() -> law.codes("asp.eligibility.residence-statuses"));
        statusesKnown = statuses != null;
        int allowed = 0;
        if (statusesKnown) {
            for (ResidenceStatus s : Population.STATUSES) {
                allowedStatus[s.ordinal()] = statuses.contains(s.name().toLowerCase().replace('_', '-'));
                allowed |= allowedStatus[s.ordinal()] ? 1 << s.ordinal() : 0;
            }
        }
        allowedStatuses = allowed;
        refuseLoans = Known.orNull(() -> law.flag("asp.loans.refuse-non-mortgage"));
        List<String> exempt = Known.orNull(() -> law.codes("asp.loans.exempt-kinds"));
        if (exempt == null) {
            exemptLoan = null;
        } else {
            exemptLoan = new boolean[LoanKind.values().length];
            for (LoanKind k : LoanKind.values()) {
                exemptLoan[k.ordinal()] = exempt.contains(k.name().toLowerCase().replace('_', '-'));
            }
        }
        List<String> excluded = Known.orNull(() -> law.codes("asp.income.excluded-types"));
        if (excluded == null) {
            excludedIncome = null;
        } else {
            excludedIncome = new boolean[IncomeType.values().length];
            for (IncomeType t : IncomeType.values()) {
                excludedIncome[t.ordinal()] = excluded.contains(t.code());
            }
        }
        months = Known.orNull(() -> law.number("asp.income.quarter-months"));
        monthsKnown = months != null;
        atLineEligible = Known.orNull(() -> law.flag("asp.eligibility.income-at-line-eligible"));
        wholeMonths = months != null && months.stripTrailingZeros().scale() <= 0 && months.signum() > 0
                ? months.longValueExact() : 0;
        formKnown = formKnown(law);
        rounding = Known.orNull(() -> law.rounding("asp.rounding"));
    }

    /**
     * Whether every parameter the form rule may read is given on the day ({@code AspFormRule}): then the form
     * changes neither the outcome nor the amount, and the columns finish the family.
     */
    private static boolean formKnown(Law law) {
        Boolean inForce = Known.orNull(() -> law.flag("asp.form.in-force"));
        if (inForce == null) {
            return false;
        }
        if (!inForce) {
            return true;
        }
        return Known.orNull(() -> law.number("asp.able-bodied.min-age")) != null
                && Known.orNull(() -> law.number("asp.able-bodied.pension-age", "male")) != null
                && Known.orNull(() -> law.number("asp.able-bodied.pension-age", "female")) != null
                && Known.orNull(() -> law.flag("asp.form.only-one-able-bodied-carer")) != null
                && Known.orNull(() -> law.number("asp.form.carer-child-age-under")) != null
                && Known.orNull(() -> law.number("asp.form.cared-elderly-age")) != null;
    }

    /**
     * The amount after the form, by the measure's own {@code calculate} for one member with no income in the
     * region: whether the assignment period and rounding are determined on the day.
     */
    private boolean tailKnown(String region) {
        long packed = Amounts.of(measure, law, java.util.Map.of("region", region, "members", "1",
                "quarter-income", "0"));
        return Amounts.code(packed) == Outcome.ENTITLED;
    }

    /** Per population region code: line × months as whole tenge, or a marker for "unknown" / "not whole". */
    private static final long LINE_UNKNOWN = -1;
    private static final long LINE_NOT_WHOLE = -2;

    /** The lines of a population's regions, computed once per population (regions are few). */
    private long[] lines(Population p) {
        long[] cached = lines;
        if (linesOf == p && cached != null) {
            return cached;
        }
        cached = computeLines(p);
        lines = cached;
        linesOf = p;
        return cached;
    }

    private long[] computeLines(Population p) {
        long[] lines = new long[p.regions.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lineByRegion.computeIfAbsent(p.regions[i], this::line);
        }
        return lines;
    }

    /** A region's line × months (the law's, once per run: a run's slices each have a population of their own). */
    private long line(String region) {
        if (!Regions.isRegion(region)) {
            return LINE_UNKNOWN;
        }
        BigDecimal line = Known.orNull(() -> PovertyLine.of(law, region));
        if (line == null || months == null) {
            return LINE_UNKNOWN;
        }
        BigDecimal total = line.multiply(months);
        return total.stripTrailingZeros().scale() <= 0 && wholeMonths > 0 && rounding != null && formKnown
                && tailKnown(region) ? total.longValueExact() : LINE_NOT_WHOLE;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Long> lineByRegion =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s) {
        byte[] outcome = r.outcome[k];
        long[] amount = r.amount[k];
        long[] lines = lines(p);
        int day = new Day(law.day()).epoch;
        for (int f = from; f < to; f++) {
            amount[f] = 0;
            int first = p.memberStart[f];
            int last = p.memberStart[f + 1];
            if (first == last) {
                outcome[f] = Outcome.NOT_APPLICABLE;
                continue;
            }
            int region = p.region[f];
            if (region < 0 || !Regions.isRegion(p.regions[region]) || !statusesKnown) {
                outcome[f] = Outcome.UNDETERMINED;
                continue;
            }
            if ((s.statuses[f - s.from] & ~allowedStatuses) != 0) {
                outcome[f] = Outcome.REFUSED;
                continue;
            }
            if (refuseLoans == null) {
                outcome[f] = Outcome.UNDETERMINED;
                continue;
            }
            if (refuseLoans) {
                if (exemptLoan == null) {
                    outcome[f] = Outcome.UNDETERMINED;
                    continue;
                }
                boolean loan = false;
                for (int l = p.loanStart[f]; l < p.loanStart[f + 1]; l++) {
                    int kind = p.loanKind[l] < 0 ? LoanKind.OTHER.ordinal() : p.loanKind[l];
                    loan |= p.loanOpened[l] <= day && (p.loanClosed[l] == Population.NO_DAY || p.loanClosed[l] > day)
                            && !exemptLoan[kind];
                }
                if (loan) {
                    outcome[f] = Outcome.REFUSED;
                    continue;
                }
            }
            if (excludedIncome == null || !monthsKnown) {
                outcome[f] = Outcome.UNDETERMINED;
                continue;
            }
            long income = s.quarterIncome[f - s.from]; // the excluded types are given: counted by the scan
            long line = lines[region];
            if (line == LINE_UNKNOWN || atLineEligible == null) {
                outcome[f] = Outcome.UNDETERMINED;
                continue;
            }
            if (line == LINE_NOT_WHOLE) {
                object.finish(p, f, outcome, amount);
                continue;
            }
            long limit = line * (last - first);
            boolean eligible = atLineEligible ? income <= limit : income < limit;
            if (!eligible) {
                outcome[f] = Outcome.REFUSED;
                continue;
            }
            // Within the line. The form of aid needs each member's sex only where pension ages differ: a member
            // without one goes to the measure object (rare); otherwise the form cannot change the answer.
            if (s.any(f, MemberScan.SEX_MISSING)) {
                object.finish(p, f, outcome, amount);
                continue;
            }
            // (line − income ÷ members ÷ months) × members = (line × months × members − income) ÷ months, rounded
            // once: exact in whole numbers (the measure's 10-digit division never crosses a rounding boundary).
            outcome[f] = Outcome.ENTITLED;
            amount[f] = round(limit - income, wholeMonths);
        }
    }

    private long round(long numerator, long denominator) {
        return switch (rounding) {
            case DOWN -> Math.floorDiv(numerator, denominator);
            case UP -> -Math.floorDiv(-numerator, denominator);
            case HALF_UP -> numerator >= 0 ? Math.floorDiv(2 * numerator + denominator, 2 * denominator)
                    : -Math.floorDiv(-2 * numerator + denominator, 2 * denominator);
        };
    }

    @Override
    public String kind() {
        return "columnar";
    }
}
