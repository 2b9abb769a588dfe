package kz.shanyraq.recompute.run;

/** Where a run stands: families evaluated of the total, the rate so far and the estimated time left. */
public record RecomputeProgress(long runId, String phase, long done, long total, double seconds, double rate) {

    /** The phase before a run when the family snapshot is built whole (after a load): done/total count families encoded. */
    public static final String BUILDING_SNAPSHOT = "building the family snapshot";

    /** The phase of a run evaluating families: done/total count families evaluated. */
    public static final String EVALUATING = "evaluating";

    /** Whether done/total/rate count families (an evaluation or a snapshot build), not a one-off step. */
    public boolean counting() {
        return total > 0 && (phase.equals(EVALUATING) || phase.equals(BUILDING_SNAPSHOT));
    }

    /** Seconds left at the current rate (0 when done or unknown). */
    public double secondsLeft() {
        return rate > 0 && total > done ? (total - done) / rate : 0;
    }
}
