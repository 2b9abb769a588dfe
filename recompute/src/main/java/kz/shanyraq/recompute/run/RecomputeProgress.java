package kz.shanyraq.recompute.run;

/** Where a run stands: families evaluated of the total, the rate so far and the estimated time left. */
public record RecomputeProgress(long runId, String phase, long done, long total, double seconds, double rate) {

    /** Seconds left at the current rate (0 when done or unknown). */
    public double secondsLeft() {
        return rate > 0 && total > done ? (total - done) / rate : 0;
    }
}
