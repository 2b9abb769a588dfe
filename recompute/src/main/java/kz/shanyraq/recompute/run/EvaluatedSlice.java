package kz.shanyraq.recompute.run;

import java.io.Serializable;

/**
 * One slice of a run evaluated away from the run's writer (a Spark task): its result rows in the run table's COPY
 * text format, and each family's category with its region and district, from which the writer finds the
 * transitions against the published run exactly as the in-process run does.
 *
 * @param results  result rows ({@code recompute_result_template}'s columns), COPY text
 * @param family   registry family ids, in slice order
 * @param category each family's category (1–6), or {@link PreviousCategories#NONE} when not scored
 */
public record EvaluatedSlice(byte[] results, long[] family, byte[] category, String[] region, String[] district,
                             int size, int persons, long readNanos, long evaluateNanos) implements Serializable {
}
