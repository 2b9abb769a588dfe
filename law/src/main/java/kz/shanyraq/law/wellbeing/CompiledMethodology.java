package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.wellbeing.Methodology.Band;
import kz.shanyraq.law.wellbeing.Methodology.Condition;
import kz.shanyraq.law.wellbeing.Methodology.Criterion;
import kz.shanyraq.law.wellbeing.Methodology.HardRule;
import kz.shanyraq.law.wellbeing.Methodology.MethodologyVersion;
import kz.shanyraq.law.wellbeing.Methodology.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One methodology version compiled to primitive tables for the national recompute: {@link #category(long[])} reads a
 * feature vector (indexed by {@link Feature#ordinal()}) and returns the outcome index (category 1–6, or level
 * 1–5 = A–E), or {@link #UNDETERMINED} when a feature it needs is {@link Feature#UNKNOWN}: hard rules are tried in
 * order and a rule whose feature is unknown stops there; an earlier rule that holds decides without the later
 * features. No allocation, no
 * explanation; immutable and thread-safe. {@link WellbeingScoring} gives the same answer with its explanation.
 */
public final class CompiledMethodology {

    /** The outcome when a feature the methodology reads is unknown. */
    public static final int UNDETERMINED = 0;

    private final String methodologyId;
    private final MethodologyVersion version;
    private final int[] usedFeatures;
    private final int[] criterionFeature;
    private final long[][] bandBelow;      // Long.MAX_VALUE for the open last band
    private final int[][] bandPoints;
    private final int[][] ruleFeature;
    private final long[][] ruleMin;        // inclusive, Long.MIN_VALUE + 1 when absent (UNKNOWN never reaches here)
    private final long[][] ruleBelow;      // exclusive, Long.MAX_VALUE when absent
    private final int[] ruleOutcome;
    private final long[] thresholdMin;     // by descending outcome index, only outcomes reachable by points
    private final int[] thresholdOutcome;
    /**
     * When the reachable thresholds strictly descend (as the files write them): the outcome by the number of
     * thresholds a total falls short of, the last entry {@link #UNDETERMINED} — a count without a branch per
     * threshold instead of a search whose exit the processor mispredicts. Null otherwise.
     */
    private final int[] outcomeByShortfall;
    private final String[] outcomeCodes;   // by index, [0] = "undetermined"
    /**
     * The bands as steps, for a sum without branches: a criterion's points are its first band's points plus, for
     * each later band, the difference to the band before when the value reaches the earlier band's bound. Exact
     * because bands rise ({@link MethodologyFileReader} refuses others; {@code stepwise} is false otherwise).
     */
    private final boolean stepwise;
    private final long basePoints;
    private final int[] stepFeature;
    private final long[] stepAt;
    private final long[] stepDelta;
    /** Each criterion's feature once (for the unknown check). */
    private final int[] criterionFeatures;

    private CompiledMethodology(Methodology m, MethodologyVersion v) {
        this.methodologyId = m.id();
        this.version = v;
        Set<Integer> used = new LinkedHashSet<>();
        List<Criterion> criteria = v.criteria();
        criterionFeature = new int[criteria.size()];
        bandBelow = new long[criteria.size()][];
        bandPoints = new int[criteria.size()][];
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            criterionFeature[i] = c.feature().ordinal();
            used.add(c.feature().ordinal());
            bandBelow[i] = new long[c.bands().size()];
            bandPoints[i] = new int[c.bands().size()];
            for (int b = 0; b < c.bands().size(); b++) {
                Band band = c.bands().get(b);
                bandBelow[i][b] = band.below() == null ? Long.MAX_VALUE : band.below();
                bandPoints[i][b] = band.points();
            }
        }
        List<HardRule> rules = v.hardRules();
        ruleFeature = new int[rules.size()][];
        ruleMin = new long[rules.size()][];
        ruleBelow = new long[rules.size()][];
        ruleOutcome = new int[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            HardRule rule = rules.get(r);
            int k = rule.when().size();
            ruleFeature[r] = new int[k];
            ruleMin[r] = new long[k];
            ruleBelow[r] = new long[k];
            for (int j = 0; j < k; j++) {
                Condition c = rule.when().get(j);
                ruleFeature[r][j] = c.feature().ordinal();
                used.add(c.feature().ordinal());
                ruleMin[r][j] = c.atLeast() == null ? Long.MIN_VALUE + 1 : c.atLeast();
                ruleBelow[r][j] = c.below() == null ? Long.MAX_VALUE : c.below();
            }
            ruleOutcome[r] = v.outcome(rule.outcome()).index();
        }
        usedFeatures = used.stream().mapToInt(Integer::intValue).toArray();
        criterionFeatures = java.util.Arrays.stream(criterionFeature).distinct().toArray();
        boolean rising = true;
        long base = 0;
        int steps = 0;
        for (int i = 0; i < bandBelow.length; i++) {
            base += bandPoints[i][0];
            steps += Math.max(1, bandBelow[i].length - 1);
            for (int b = 1; b < bandBelow[i].length; b++) {
                rising &= bandBelow[i][b] > bandBelow[i][b - 1];
            }
        }
        stepwise = rising;
        basePoints = base;
        stepFeature = new int[steps];
        stepAt = new long[steps];
        stepDelta = new long[steps];
        int j = 0;
        for (int i = 0; i < bandBelow.length; i++) {
            if (bandBelow[i].length == 1) {
                // one band: no step, but the value is still read (unknown → undetermined)
                stepFeature[j] = criterionFeature[i];
                stepAt[j] = 0;
                stepDelta[j] = 0;
                j++;
            }
            for (int b = 1; b < bandBelow[i].length; b++) {
                stepFeature[j] = criterionFeature[i];
                // clamped so that a value in [−SMALL, SMALL) compares the same and value − bound cannot overflow
                stepAt[j] = Math.max(-SMALL, Math.min(SMALL, bandBelow[i][b - 1]));
                stepDelta[j] = (long) bandPoints[i][b] - bandPoints[i][b - 1];
                j++;
            }
        }
        List<Outcome> reachable = new ArrayList<>();
        for (Outcome o : v.outcomes()) {
            if (o.minPoints() != null) {
                reachable.add(0, o);
            }
        }
        thresholdMin = reachable.stream().mapToLong(Outcome::minPoints).toArray();
        thresholdOutcome = reachable.stream().mapToInt(Outcome::index).toArray();
        // totals are sums of int points (|total| < 2^40): with |min| < 2^61, total − min cannot overflow
        boolean descending = true;
        for (int i = 0; i < thresholdMin.length; i++) {
            descending &= Math.abs(thresholdMin[i]) < SMALL && (i == 0 || thresholdMin[i] < thresholdMin[i - 1]);
        }
        if (descending) {
            outcomeByShortfall = java.util.Arrays.copyOf(thresholdOutcome, thresholdOutcome.length + 1);
            outcomeByShortfall[thresholdOutcome.length] = UNDETERMINED;
        } else {
            outcomeByShortfall = null;
        }
        outcomeCodes = new String[v.outcomes().size() + 1];
        outcomeCodes[0] = "undetermined";
        for (Outcome o : v.outcomes()) {
            outcomeCodes[o.index()] = o.code();
        }
    }

    static CompiledMethodology of(Methodology m, MethodologyVersion v) {
        return new CompiledMethodology(m, v);
    }

    public String methodologyId() {
        return methodologyId;
    }

    public MethodologyVersion version() {
        return version;
    }

    /** The outcome index for one feature vector (length {@link Feature#COUNT}), or {@link #UNDETERMINED}. */
    public int category(long[] features) {
        for (int r = 0; r < ruleOutcome.length; r++) {
            int[] fs = ruleFeature[r];
            long[] min = ruleMin[r];
            long[] below = ruleBelow[r];
            boolean all = true;
            for (int j = 0; j < fs.length; j++) {
                long x = features[fs[j]];
                if (x == Feature.UNKNOWN) {
                    return UNDETERMINED;
                }
                all &= x >= min[j] && x < below[j];
            }
            if (all) {
                return ruleOutcome[r];
            }
        }
        if (stepwise) {
            long total = stepPoints(features);
            if (total != OUT_OF_RANGE) {
                return byPoints(total);
            }
        }
        for (int f : criterionFeatures) {
            if (features[f] == Feature.UNKNOWN) {
                return UNDETERMINED;
            }
        }
        return byPoints(points(features));
    }

    /**
     * Values in [−2^61, 2^61) are summed branch-free: value − bound cannot overflow there. {@link Feature#UNKNOWN}
     * and larger magnitudes fall outside and take the band loop.
     */
    private static final long SMALL = 1L << 61;
    /** What {@link #stepPoints} returns when some criterion's value is unknown or outside ±2^61. */
    private static final long OUT_OF_RANGE = Long.MIN_VALUE;

    /**
     * {@link #points(long[])} without a branch per band (the band loop's exit is what a processor mispredicts), or
     * {@link #OUT_OF_RANGE}. Every criterion's feature is read by at least one step (a zero step for a criterion of
     * one band), so one pass both checks the values and sums the points.
     */
    private long stepPoints(long[] features) {
        long total = basePoints;
        long outside = 0;
        int[] feature = stepFeature;
        long[] at = stepAt;
        long[] delta = stepDelta;
        for (int j = 0; j < feature.length; j++) {
            long x = features[feature[j]];
            // x + 2^61 has bit 62 or 63 set exactly when x is outside [−2^61, 2^61)
            outside |= x + SMALL;
            // (x − bound) >> 63 is −1 below the bound, 0 at or above it
            total += delta[j] & ~((x - at[j]) >> 63);
        }
        return outside >>> 62 == 0 ? total : OUT_OF_RANGE;
    }

    /**
     * The outcome index for row {@code row} of a column store: {@code columns[feature.ordinal()][row]}. The same
     * rules as {@link #category(long[])}, read in place.
     */
    public int category(long[][] columns, int row) {
        for (int r = 0; r < ruleOutcome.length; r++) {
            int[] fs = ruleFeature[r];
            long[] min = ruleMin[r];
            long[] below = ruleBelow[r];
            boolean all = true;
            for (int j = 0; j < fs.length; j++) {
                long x = columns[fs[j]][row];
                if (x == Feature.UNKNOWN) {
                    return UNDETERMINED;
                }
                all &= x >= min[j] && x < below[j];
            }
            if (all) {
                return ruleOutcome[r];
            }
        }
        long total = 0;
        for (int i = 0; i < criterionFeature.length; i++) {
            long x = columns[criterionFeature[i]][row];
            if (x == Feature.UNKNOWN) {
                return UNDETERMINED;
            }
            total += bandPoints(i, x);
        }
        return byPoints(total);
    }

    /** Total points of a feature vector (hard rules aside); the vector must have no unknown used feature. */
    public long points(long[] features) {
        long total = 0;
        for (int i = 0; i < criterionFeature.length; i++) {
            total += bandPoints(i, features[criterionFeature[i]]);
        }
        return total;
    }

    private int bandPoints(int criterion, long value) {
        long[] below = bandBelow[criterion];
        int b = 0;
        // the last band is open (its bound Long.MAX_VALUE is a marker): Long.MAX_VALUE itself falls in it
        while (b < below.length - 1 && value >= below[b]) {
            b++;
        }
        return bandPoints[criterion][b];
    }

    private int byPoints(long total) {
        int[] byShortfall = outcomeByShortfall;
        if (byShortfall != null) {
            // descending thresholds: those the total reaches are a suffix, its start = the count of the others
            long[] min = thresholdMin;
            int shortfall = 0;
            for (int i = 0; i < min.length; i++) {
                shortfall += (int) ((total - min[i]) >>> 63);
            }
            return byShortfall[shortfall];
        }
        for (int i = 0; i < thresholdMin.length; i++) {
            if (total >= thresholdMin[i]) {
                return thresholdOutcome[i];
            }
        }
        // The reader refuses a methodology whose lowest reachable total reaches no outcome.
        return UNDETERMINED;
    }

    /** The code of an outcome index ("1"…"6", "A"…"E"; "undetermined" for 0). */
    public String outcomeCode(int index) {
        return outcomeCodes[index];
    }

    /** The features this version reads (their ordinals), for a batch engine that measures only those. */
    public int[] usedFeatures() {
        return usedFeatures.clone();
    }
}
