package kz.shanyraq.spark;

import kz.shanyraq.recompute.run.EvaluatedSlice;
import kz.shanyraq.recompute.run.ResultSink;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
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
 *
 * <p>The driver writes the files itself with Parquet's writer, streaming as the database sink's {@code COPY} does:
 * a Spark job per file waited for the executors' cores, which the run's evaluation keeps busy, and serialized the
 * run's evaluation with its writing (measured: 15 s of writing for 127 000 families against 0.3 s of {@code COPY}).
 * The files carry Spark's schema of the rows ({@link #RESULTS}), so Spark reads them as it reads its own.
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

    /** Families per file of {@code results/} (≈ 10 MB compressed). */
    private static final int ROWS_PER_FILE = 1_000_000;

    /** Parquet's form of {@link #RESULTS}, as Spark writes it (docs/spark.md shows it). */
    private static final MessageType RESULTS_PARQUET = MessageTypeParser.parseMessageType("""
            message spark_schema {
              required int64 family_id;
              optional binary region_code (STRING);
              optional binary district_id (STRING);
              required int32 persons (INTEGER(16,true));
              optional int32 category (INTEGER(16,true));
              optional binary level_2023 (STRING);
              required group entitled (LIST) { repeated group list { required int32 element (INTEGER(16,true)); } }
              required group amounts (LIST) { repeated group list { required int64 element; } }
              required group undetermined (LIST) { repeated group list { required int32 element (INTEGER(16,true)); } }
            }""");
    private static final MessageType TRANSITIONS_PARQUET = MessageTypeParser.parseMessageType("""
            message spark_schema {
              required int64 family_id;
              optional binary region_code (STRING);
              optional binary district_id (STRING);
              optional int32 from_category (INTEGER(16,true));
              optional int32 to_category (INTEGER(16,true));
            }""");
    /** The footer key under which Spark keeps its schema of the rows. */
    private static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

    private final SparkSession spark;
    private final String dir;
    private final List<TransitionRow> transitions = new ArrayList<>();
    private ParquetWriter<Group> results;
    private int inFile;
    private int files;
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
    public void results(EvaluatedSlice slice) throws IOException {
        SimpleGroupFactory rows = new SimpleGroupFactory(RESULTS_PARQUET);
        for (ResultRow r : ResultRow.decode(slice.results())) {
            if (results == null || inFile == ROWS_PER_FILE) {
                nextFile();
            }
            Group g = rows.newGroup();
            g.add("family_id", r.family());
            if (r.region() != null) {
                g.add("region_code", r.region());
            }
            if (r.district() != null) {
                g.add("district_id", r.district());
            }
            g.add("persons", r.persons());
            if (r.category() != null) {
                g.add("category", r.category().intValue());
            }
            if (r.level2023() != null) {
                g.add("level_2023", r.level2023());
            }
            Group entitled = g.addGroup("entitled");
            for (short e : r.entitled()) {
                entitled.addGroup("list").add("element", (int) e);
            }
            Group amounts = g.addGroup("amounts");
            for (long a : r.amounts()) {
                amounts.addGroup("list").add("element", a);
            }
            Group undetermined = g.addGroup("undetermined");
            for (short u : r.undetermined()) {
                undetermined.addGroup("list").add("element", (int) u);
            }
            results.write(g);
            inFile++;
        }
    }

    @Override
    public void transitions(byte[] copyText) {
        transitions.addAll(TransitionRow.decode(copyText));
    }

    @Override
    public void close(long families, long persons) throws IOException {
        if (results == null) {
            nextFile(); // no family: an empty file still says what the columns are
        }
        results.close();
        results = null;
        // the transitions are few (the families whose category changed) and written once, in family order
        transitions.sort(java.util.Comparator.comparingLong(TransitionRow::family));
        SimpleGroupFactory rows = new SimpleGroupFactory(TRANSITIONS_PARQUET);
        try (ParquetWriter<Group> out = writer(new Path(dir + "/" + TRANSITIONS_FOLDER, "part-00000.snappy.parquet"),
                TRANSITIONS_PARQUET, TRANSITIONS)) {
            for (TransitionRow t : transitions) {
                Group g = rows.newGroup();
                g.add("family_id", t.family());
                if (t.region() != null) {
                    g.add("region_code", t.region());
                }
                if (t.district() != null) {
                    g.add("district_id", t.district());
                }
                if (t.from() != null) {
                    g.add("from_category", t.from().intValue());
                }
                if (t.to() != null) {
                    g.add("to_category", t.to().intValue());
                }
                out.write(g);
            }
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

    @Override
    public void abort(Throwable cause) {
        if (results != null) {
            try {
                results.close();
            } catch (IOException | RuntimeException ignored) {
                // the run failed already; the folder has no run.json
            }
            results = null;
        }
    }

    private void nextFile() throws IOException {
        if (results != null) {
            results.close();
        }
        results = writer(new Path(dir + "/" + RESULTS_FOLDER, String.format(java.util.Locale.ROOT,
                "part-%05d.snappy.parquet", files++)), RESULTS_PARQUET, RESULTS);
        inFile = 0;
    }

    private ParquetWriter<Group> writer(Path file, MessageType type, StructType sparkType) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        return ExampleParquetWriter.builder(HadoopOutputFile.fromPath(file, conf))
                .withConf(conf)
                .withType(type)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withExtraMetaData(java.util.Map.of(SPARK_SCHEMA, sparkType.json()))
                .build();
    }
}
