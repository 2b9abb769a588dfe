package kz.shanyraq.synth;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * What a load of the synthetic country did.
 *
 * @param alreadyLoaded the registry already held the country of this scale and seed: nothing was done, and the
 *                      counts are those recorded when it was loaded
 * @param persons       person records (including the few deceased parents a family lost)
 * @param rowsPerTable  rows written per registry table, in load order
 * @param seconds       generation and load time (0 when already loaded)
 */
public record LoadReport(double scale, long seed, boolean alreadyLoaded, long persons, long families,
                         Map<String, Long> rowsPerTable, double seconds, Instant generatedAt) {

    public LoadReport {
        rowsPerTable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsPerTable));
    }

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    public double rowsPerSecond() {
        return seconds > 0 ? totalRows() / seconds : 0;
    }

    /** The line the command prints last: {@code persons=N families=M seconds=T rows_per_second=R}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "persons=%d families=%d seconds=%.1f rows_per_second=%.0f",
                persons, families, seconds, rowsPerSecond());
    }

    @Override
    public String toString() {
        return (alreadyLoaded ? "already loaded: " : "") + summaryLine() + " total_rows=" + totalRows();
    }
}
