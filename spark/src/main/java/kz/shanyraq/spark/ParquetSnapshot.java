package kz.shanyraq.spark;

import kz.shanyraq.recompute.registry.ColumnarSnapshot;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry's columnar snapshot ({@link ColumnarSnapshot}) as Parquet: a folder holding {@code families/} (Parquet
 * files of {@link #SCHEMA}, each in family-id order) and {@code snapshot.json} (what was exported: the facts' format,
 * the date, the law version, the families). docs/spark.md, "The columnar snapshot", documents both.
 */
final class ParquetSnapshot {

    /** {@code family_id int64 not null, facts binary not null}: the family snapshot's row. */
    static final StructType SCHEMA = new StructType()
            .add("family_id", DataTypes.LongType, false)
            .add("facts", DataTypes.BinaryType, false);

    static final String FAMILIES = "families";
    static final String MANIFEST = "snapshot.json";

    /** What {@code snapshot.json} says. */
    record Manifest(int format, LocalDate on, String lawVersion, long families) {

        String json() {
            return """
                    {"format": %d, "on": "%s", "law_version": "%s", "families": %d, "columns": {"family_id": "int64", \
                    "facts": "binary (ColumnarSnapshot format %d)"}}
                    """.formatted(format, on, lawVersion.replace("\"", ""), families, format);
        }

        static Manifest parse(String json) {
            Map<String, String> v = new LinkedHashMap<>();
            Matcher m = Pattern.compile("\"(format|on|law_version|families)\"\\s*:\\s*\"?([^\",}]*)\"?").matcher(json);
            while (m.find()) {
                v.put(m.group(1), m.group(2));
            }
            if (v.size() < 4) {
                throw new IllegalArgumentException("not a Shanyraq snapshot manifest: " + json);
            }
            return new Manifest(Integer.parseInt(v.get("format")), LocalDate.parse(v.get("on")), v.get("law_version"),
                    Long.parseLong(v.get("families")));
        }
    }

    private ParquetSnapshot() {
    }

    static void writeManifest(SparkSession spark, String dir, Manifest manifest) throws IOException {
        Path p = new Path(dir, MANIFEST);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (FSDataOutputStream out = fs.create(p, false)) {
            out.write(manifest.json().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The manifest of an exported snapshot, checked for a run as of {@code on}: the facts' format must be the
     * decoder's, the date the run's.
     */
    static Manifest readFor(SparkSession spark, String dir, LocalDate on) throws IOException {
        Path p = new Path(dir, MANIFEST);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(p)) {
            throw new IllegalArgumentException("--source parquet:" + dir + ": no " + MANIFEST
                    + " (write the snapshot with ./shanyraq export --format parquet)");
        }
        Manifest m;
        try (FSDataInputStream in = fs.open(p)) {
            m = Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (m.format() != ColumnarSnapshot.FORMAT) {
            throw new IllegalArgumentException("--source parquet:" + dir + ": facts of format " + m.format()
                    + ", this version reads " + ColumnarSnapshot.FORMAT + " (export the snapshot again)");
        }
        if (!m.on().equals(on)) {
            throw new IllegalArgumentException("--source parquet:" + dir + ": exported for " + m.on()
                    + ", not for the run's date " + on + " (export it with --on " + on + ")");
        }
        return m;
    }
}
