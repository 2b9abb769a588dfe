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
 * @param coverageGaps    for a partial run ({@code --allow-partial}), why: each measure (or {@code wellbeing}) whose
 *                        facts lie outside their source's coverage, with the reason in English; empty otherwise
 * @param undetermined    for a partial run, the families each measure left undetermined, per region
 */
public record RunReport(long runId, LocalDate on, long families, long persons, double seconds,
                        double readSeconds, double evaluateSeconds, double writeSeconds, double publishSeconds,
                        String parameterVersion, java.util.Map<String, String> coverageGaps,
                        java.util.List<UndeterminedCount> undetermined) {

    /** Families a measure left undetermined in one region ({@code measure} may be {@code wellbeing}). */
    public record UndeterminedCount(String measure, String region, long families) {
    }

    /** A complete run (every measure's facts covered). */
    public RunReport(long runId, LocalDate on, long families, long persons, double seconds, double readSeconds,
                     double evaluateSeconds, double writeSeconds, double publishSeconds, String parameterVersion) {
        this(runId, on, families, persons, seconds, readSeconds, evaluateSeconds, writeSeconds, publishSeconds,
                parameterVersion, java.util.Map.of(), java.util.List.of());
    }

    public RunReport {
        coverageGaps = java.util.Map.copyOf(coverageGaps);
        undetermined = java.util.List.copyOf(undetermined);
    }

    /** Whether the run was published with measures left undetermined for facts outside coverage. */
    public boolean partial() {
        return !coverageGaps.isEmpty();
    }

    /** Families a measure left undetermined, all regions. */
    public long undetermined(String measure) {
        return undetermined.stream().filter(u -> u.measure().equals(measure)).mapToLong(UndeterminedCount::families)
                .sum();
    }

    public double familiesPerSecond() {
        return seconds > 0 ? families / seconds : 0;
    }

    /**
     * The command's last line: {@code families=N persons=M seconds=T families_per_second=R}, and for a partial run
     * {@code partial=true} with each uncovered measure's undetermined families ({@code undetermined.<measure>=N}).
     */
    public String summaryLine() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "families=%d persons=%d seconds=%.1f families_per_second=%.0f", families, persons, seconds,
                familiesPerSecond()));
        if (partial()) {
            s.append(" partial=true");
            new java.util.TreeSet<>(coverageGaps.keySet()).forEach(m -> s.append(" undetermined.").append(m)
                    .append('=').append(undetermined(m)));
        }
        return s.toString();
    }
}
