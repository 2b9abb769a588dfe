package kz.shanyraq.law.batch;

import java.time.LocalDate;
import java.util.List;

/**
 * Results of a batch evaluation, column-wise: for each measure (in the order of {@link #measures()}) one outcome
 * code ({@link Outcome}) and one amount in whole tenge per family, and one well-being category per family
 * ({@code 0} when no methodology was applied). Family {@code i} is family {@code i} of the {@link Population}.
 * Ranges of families are written by different threads; each family's cells by exactly one.
 */
public final class BatchResult {

    private final LocalDate on;
    private final List<String> measures;
    private final int size;
    final byte[][] outcome;
    final long[][] amount;
    final byte[] category;
    final byte[] level;

    BatchResult(LocalDate on, List<String> measures, int size) {
        this.on = on;
        this.measures = List.copyOf(measures);
        this.size = size;
        this.outcome = new byte[measures.size()][size];
        this.amount = new long[measures.size()][size];
        this.category = new byte[size];
        this.level = new byte[size];
    }

    public LocalDate on() {
        return on;
    }

    /** Measure ids, in column order (the catalogue order of {@code Measures.all()}). */
    public List<String> measures() {
        return measures;
    }

    public int size() {
        return size;
    }

    /** The column index of a measure id. */
    public int measureIndex(String measureId) {
        int i = measures.indexOf(measureId);
        if (i < 0) {
            throw new IllegalArgumentException("measure " + measureId + " was not evaluated");
        }
        return i;
    }

    /** Outcome code ({@link Outcome}) of family {@code family} under measure column {@code measure}. */
    public byte outcome(int measure, int family) {
        return outcome[measure][family];
    }

    /** Sum of the family's entitled amounts under the measure, whole tenge. */
    public long amount(int measure, int family) {
        return amount[measure][family];
    }

    /** Well-being category 1–6, or 0 when not scored. */
    public byte category(int family) {
        return category[family];
    }

    /** Well-being level of the 2023 methodology as its outcome index 1–5 (A–E), or 0 when not scored. */
    public byte level(int family) {
        return level[family];
    }

    /** The outcome column of one measure (shared, not copied: do not modify). */
    public byte[] outcomes(int measure) {
        return outcome[measure];
    }

    /** The amount column of one measure (shared, not copied: do not modify). */
    public long[] amounts(int measure) {
        return amount[measure];
    }

    /** The category column (shared, not copied: do not modify). */
    public byte[] categories() {
        return category;
    }

    /** The 2023 level column (shared, not copied: do not modify). */
    public byte[] levels() {
        return level;
    }

    /** Families with the given outcome under a measure. */
    public int count(int measure, byte code) {
        int n = 0;
        for (byte b : outcome[measure]) {
            if (b == code) {
                n++;
            }
        }
        return n;
    }
}
