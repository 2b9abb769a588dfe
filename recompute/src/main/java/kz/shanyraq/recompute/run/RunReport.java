package kz.shanyraq.recompute.run;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A published run.
 *
 * @param readSeconds     time the workers spent reading the registry (summed over workers)
 * @param evaluateSeconds time the workers spent evaluating (summed over workers)
 * @param writeSeconds    time spent writing results and their index (the writer)
 * @param publishSeconds  transitions and the switch to the new run
 */
public record RunReport(long runId, LocalDate on, long families, long persons, double seconds,
                        double readSeconds, double evaluateSeconds, double writeSeconds, double publishSeconds,
                        String parameterVersion) {

    public double familiesPerSecond() {
        return seconds > 0 ? families / seconds : 0;
    }

    /** The command's last line: {@code families=N persons=M seconds=T families_per_second=R}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "families=%d persons=%d seconds=%.1f families_per_second=%.0f",
                families, persons, seconds, familiesPerSecond());
    }
}
