package kz.shanyraq.recompute.run;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a run's evaluated slices go instead of the registry's run tables (the Parquet sink of the spark module):
 * the same {@link EvaluatedSlice}s the database sink COPYs into {@code recompute_result_<run>}, and the same
 * transitions it stores in {@code recompute_transition}, found by the same comparison with the published run. A run
 * with a sink writes nothing of its results to the registry and publishes nothing: no run row, no run table.
 */
public interface ResultSink {

    /**
     * Before the first slice.
     *
     * @param measures     the run's measures: the entitled, amounts and undetermined indexes of the rows refer to
     *                     them, as {@code recompute_run.measures} does for a published run
     * @param publishedRun the published run the transitions are found against, or null (no transitions)
     */
    void open(LocalDate on, String lawVersion, List<String> measures, Long publishedRun) throws Exception;

    /** One evaluated slice: its result rows ({@link ResultRow#decode}) as the run table would get them. */
    void results(EvaluatedSlice slice) throws Exception;

    /** Transitions found since the last call ({@link TransitionRow#decode}), as {@code recompute_transition} gets them. */
    void transitions(byte[] copyText) throws Exception;

    /** Every family written: the run is complete. */
    void close(long families, long persons) throws Exception;

    /** The run failed: whatever was written is left unfinished (without its manifest). */
    default void abort(Throwable cause) {
    }

    /**
     * One result row, decoded from the COPY text the run writes ({@code recompute_result_template}'s columns):
     * decoded here, next to its encoder ({@link NationalRecompute.ResultRows}), so that a sink writes exactly the rows
     * the run table gets.
     */
    record ResultRow(long family, String region, String district, int persons, Integer category, String level2023,
                     short[] entitled, long[] amounts, short[] undetermined) {

        public static List<ResultRow> decode(byte[] copyText) {
            List<ResultRow> out = new java.util.ArrayList<>();
            for (String[] f : CopyText.rows(copyText, 9)) {
                out.add(new ResultRow(Long.parseLong(f[0]), f[1], f[2], Integer.parseInt(f[3]),
                        f[4] == null ? null : Integer.valueOf(f[4]), f[5], shorts(f[6]), longs(f[7]), shorts(f[8])));
            }
            return out;
        }

        private static short[] shorts(String array) {
            long[] v = longs(array);
            short[] s = new short[v.length];
            for (int i = 0; i < v.length; i++) {
                s[i] = (short) v[i];
            }
            return s;
        }

        private static long[] longs(String array) {
            String inner = array.substring(1, array.length() - 1);
            if (inner.isEmpty()) {
                return new long[0];
            }
            String[] parts = inner.split(",");
            long[] v = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Long.parseLong(parts[i]);
            }
            return v;
        }
    }

    /**
     * One transition (a family whose category differs from the published run's; null: not scored, or not in that
     * run), decoded from the COPY text {@code recompute_transition} gets (its run column is the writer's).
     */
    record TransitionRow(long family, String region, String district, Integer from, Integer to) {

        public static List<TransitionRow> decode(byte[] copyText) {
            List<TransitionRow> out = new java.util.ArrayList<>();
            for (String[] f : CopyText.rows(copyText, 6)) {
                out.add(new TransitionRow(Long.parseLong(f[1]), f[2], f[3],
                        f[4] == null ? null : Integer.valueOf(f[4]), f[5] == null ? null : Integer.valueOf(f[5])));
            }
            return out;
        }
    }
}
