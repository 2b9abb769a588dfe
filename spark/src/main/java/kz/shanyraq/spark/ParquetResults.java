package kz.shanyraq.spark;

import kz.shanyraq.recompute.run.EvaluatedSlice;
import kz.shanyraq.recompute.run.ResultSink;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Parquet sink of a run ({@code --sink parquet:DIR}): the rows the run table would get and the transitions
 * {@code recompute_transition} would get, decoded from the very COPY text the database sink writes
 * ({@link ResultSink.ResultRow#decode}, {@link ResultSink.TransitionRow#decode}), as Parquet in a new folder:
 * {@code results/}, {@code transitions/} and, last, {@code run.json} (its presence says the run completed).
 * docs/spark.md, "The Parquet sink", documents the schema.
 */
final class ParquetResults implements ResultSink {

    /** {@code recompute_result_template}'s columns. */
    static final StructType RESULTS = new StructType()
            .add("family_id", DataTypes.LongType, false)
            .add("region_code", DataTypes.StringType, true)
            .add("district_id", DataTypes.StringType, true)
            .add("persons", DataTypes.ShortType, false)
            .add("category", DataTypes.ShortType, true)
            .add("level_2023", DataTypes.StringType, true)
            .add("entitled", DataTypes.createArrayType(DataTypes.ShortType, false), false)
            .add("amounts", DataTypes.createArrayType(DataTypes.LongType, false), false)
            .add("undetermined", DataTypes.createArrayType(DataTypes.ShortType, false), false);

    /** {@code recompute_transition}'s columns but the run's id (the folder is one run). */
    static final StructType TRANSITIONS = new StructType()
            .add("family_id", DataTypes.LongType, false)
            .add("region_code", DataTypes.StringType, true)
            .add("district_id", DataTypes.StringType, true)
            .add("from_category", DataTypes.ShortType, true)
            .add("to_category", DataTypes.ShortType, true);

    static final String RESULTS_FOLDER = "results";
    static final String TRANSITIONS_FOLDER = "transitions";
    static final String MANIFEST = "run.json";
    static final int FORMAT = 1;

    /** Rows held on the driver before they are written as one file (≈ 100 bytes a family on the heap, ×10). */
    private static final int ROWS_PER_FILE = 100_000;

    private final SparkSession spark;
    private final String dir;
    private final List<Row> pending = new ArrayList<>();
    private final List<Row> transitions = new ArrayList<>();
    private LocalDate on;
    private String lawVersion;
    private List<String> measures;
    private Long publishedRun;

    ParquetResults(SparkSession spark, String dir) {
        this.spark = spark;
        this.dir = dir;
    }

    @Override
    public void open(LocalDate on, String lawVersion, List<String> measures, Long publishedRun) throws IOException {
        Path p = new Path(dir);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(p)) {
            throw new IllegalArgumentException("--sink parquet:" + dir + " exists (give a new folder)");
        }
        this.on = on;
        this.lawVersion = lawVersion;
        this.measures = List.copyOf(measures);
        this.publishedRun = publishedRun;
    }

    @Override
    public void results(EvaluatedSlice slice) {
        for (ResultRow r : ResultRow.decode(slice.results())) {
            pending.add(RowFactory.create(r.family(), r.region(), r.district(), (short) r.persons(),
                    r.category() == null ? null : r.category().shortValue(), r.level2023(), shorts(r.entitled()),
                    longs(r.amounts()), shorts(r.undetermined())));
        }
        if (pending.size() >= ROWS_PER_FILE) {
            flush();
        }
    }

    @Override
    public void transitions(byte[] copyText) {
        for (TransitionRow t : TransitionRow.decode(copyText)) {
            transitions.add(RowFactory.create(t.family(), t.region(), t.district(),
                    t.from() == null ? null : t.from().shortValue(), t.to() == null ? null : t.to().shortValue()));
        }
    }

    @Override
    public void close(long families, long persons) throws IOException {
        flush();
        // the transitions are few (the families whose category changed) and written once, in family order
        transitions.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
        spark.createDataFrame(transitions, TRANSITIONS).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .parquet(dir + "/" + TRANSITIONS_FOLDER);
        if (families > 0 && !new Path(dir, RESULTS_FOLDER).getFileSystem(spark.sparkContext().hadoopConfiguration())
                .exists(new Path(dir, RESULTS_FOLDER))) {
            throw new IllegalStateException("no results were written to " + dir);
        }
        if (families == 0) {
            spark.createDataFrame(List.of(), RESULTS).write().parquet(dir + "/" + RESULTS_FOLDER);
        }
        Path m = new Path(dir, MANIFEST);
        FileSystem fs = m.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (FSDataOutputStream out = fs.create(m, false)) {
            out.write(manifest(families, persons).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code run.json}: what the folder holds, and the measures the rows' indexes refer to. */
    String manifest(long families, long persons) {
        return """
                {"format": %d, "on": "%s", "law_version": "%s", "families": %d, "persons": %d, \
                "transitions": %d, "compared_with_run": %s, "measures": [%s]}
                """.formatted(FORMAT, on, lawVersion.replace("\"", ""), families, persons, transitions.size(),
                publishedRun == null ? "null" : publishedRun.toString(),
                measures.stream().map(s -> "\"" + s.replace("\"", "") + "\"").collect(Collectors.joining(", ")));
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        spark.createDataFrame(pending, RESULTS).coalesce(1).write().mode(SaveMode.Append)
                .parquet(dir + "/" + RESULTS_FOLDER);
        pending.clear();
    }

    private static List<Short> shorts(short[] v) {
        List<Short> out = new ArrayList<>(v.length);
        for (short s : v) {
            out.add(s);
        }
        return out;
    }

    private static List<Long> longs(long[] v) {
        List<Long> out = new ArrayList<>(v.length);
        for (long l : v) {
            out.add(l);
        }
        return out;
    }
}
