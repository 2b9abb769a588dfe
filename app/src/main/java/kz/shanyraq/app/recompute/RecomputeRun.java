package kz.shanyraq.app.recompute;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One national recompute as recorded in {@code recompute_run}.
 *
 * @param status            running, published, failed or superseded
 * @param familiesTotal     families the run evaluates (known once it has counted them)
 * @param familiesDone      families evaluated so far (all of them once finished)
 * @param familiesPerSecond the rate: live while running, the final one afterwards
 * @param seconds           wall time of a finished run
 * @param parameterVersion  hash of the parameter and regional files and of the registry's regional figures used
 * @param methodologies     the scoring methodologies applied, as {@code id@version}
 * @param heartbeatAt       the last sign of life of the process running it
 */
public record RecomputeRun(long id, LocalDate asOf, String status, Instant startedAt, Instant finishedAt,
                           Long familiesTotal, long familiesDone, long persons, Double familiesPerSecond,
                           Double seconds, String parameterVersion, List<String> methodologies,
                           Instant heartbeatAt, String failure) {

    /** A running run whose process has not been heard of for this long is shown as stalled. */
    static final Duration STALLED_AFTER = Duration.ofSeconds(30);

    public RecomputeRun {
        methodologies = List.copyOf(methodologies);
    }

    public boolean running() {
        return "running".equals(status);
    }

    /** Percent done, 0–100; null while the total is not known. */
    public Integer percentDone() {
        if (familiesTotal == null || familiesTotal == 0) {
            return null;
        }
        return (int) Math.min(100, familiesDone * 100 / familiesTotal);
    }

    /** Seconds left at the current rate, for a running run; null when it cannot be told. */
    public Long secondsLeft() {
        if (!running() || familiesTotal == null || familiesPerSecond == null || familiesPerSecond <= 0) {
            return null;
        }
        return (long) Math.ceil(Math.max(0, familiesTotal - familiesDone) / familiesPerSecond);
    }

    /** A running run whose heartbeat stopped (its process was killed; the next run will mark it failed). */
    public boolean stalledAt(Instant now) {
        return running() && heartbeatAt != null && heartbeatAt.plus(STALLED_AFTER).isBefore(now);
    }
}
