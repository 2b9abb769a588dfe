package kz.shanyraq.spark;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.recompute.registry.ColumnarSnapshot;
import kz.shanyraq.recompute.registry.FamilySnapshot;
import kz.shanyraq.recompute.registry.RegistryLaw;
import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./shanyraq export --format parquet --on YYYY-MM-DD --out DIR [--data DIR | --database JDBC-URL]}: the
 * registry's columnar snapshot ({@link ColumnarSnapshot}, the rows a run's tasks read) written as Parquet by Spark
 * tasks, each reading its family-id ranges in one exported registry snapshot; then {@code DIR/snapshot.json}. The
 * family snapshot is refreshed first, as a recompute refreshes it. Last line: {@code families=N seconds=T}.
 * Exit codes: 0 written, 2 invalid options (nothing written), 1 failed.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the registry's columnar snapshot (one row per family: family_id, facts) as Parquet.")
public final class ParquetExport implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "parquet", description = "The format: parquet.")
    String format;

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD",
            description = "The date of the runs that will read it (a run as of another date refuses the snapshot).")
    String on;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "A new folder (or s3a://…, hdfs://… URL) for the snapshot; it must not exist.")
    String out;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded PostgreSQL; default ./data.")
    Path data;

    @Option(names = "--database", paramLabel = "JDBC-URL", description = "An external PostgreSQL instead.")
    String database;

    @Option(names = "--user", description = "User of the external database (or in the URL).")
    String user;

    @Option(names = "--password", description = "Password of the external database (or in the URL).")
    String password;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*]).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting (repeatable).")
    List<String> conf = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        kz.shanyraq.db.ConsoleLogging.warningsOnly();
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cl = new CommandLine(new ParquetExport());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("usage: ./shanyraq export --format parquet --on YYYY-MM-DD --out DIR"
                    + " [--data DIR | --database JDBC-URL] [--master M] [--conf K=V …]");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (!"parquet".equals(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be parquet, not '" + format + "'");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--on must be a date YYYY-MM-DD, not '" + on + "'");
        }
        if (data != null && database != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --data or --database, not both");
        }
        if (database != null && !database.startsWith("jdbc:postgresql:")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--database must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        for (String c : conf) {
            if (!c.matches("[A-Za-z0-9_.\\-]+=.*")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--conf must be KEY=VALUE, not '" + c + "'");
            }
        }
        if (!out.contains("://") && Files.exists(Path.of(out))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out: " + out + " exists (give a new folder)");
        }
        long started = System.nanoTime();
        long families;
        if (database != null) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(database);
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            families = export(ds, new DistributedEngines.Registry(database, user, password), date);
        } else {
            Path dir = data == null ? Path.of("data") : data;
            if (!Files.isDirectory(dir.resolve("pg"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--data: no registry in "
                        + dir.toAbsolutePath() + " (expected " + dir.resolve("pg") + ")");
            }
            try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
                families = export(db.dataSource(), new DistributedEngines.Registry(db.jdbcAddress(),
                        kz.shanyraq.db.RegistryRoles.OWNER, db.ownerPassword()), date);
            }
        }
        System.out.printf(Locale.ROOT, "families=%d seconds=%.1f%n", families, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private long export(DataSource ds, DistributedEngines.Registry registry, LocalDate date) throws Exception {
        FamilySnapshot.Refresh refresh = FamilySnapshot.refresh(ds);
        System.err.printf(Locale.ROOT, "family snapshot %s: %,d families encoded in %.1f s%n",
                refresh.full() ? "built" : "refreshed", refresh.families(), refresh.seconds());
        SparkSession spark = Sessions.open("shanyraq-export", master, conf);
        try {
            return write(ds, spark, registry, date, out);
        } finally {
            spark.stop();
        }
    }

    /** Writes the snapshot of the registry {@code ds} to {@code dir} with the session's tasks; the families written. */
    static long write(DataSource ds, SparkSession spark, DistributedEngines.Registry registry, LocalDate date,
                      String dir) throws Exception {
        try (Connection holder = ds.getConnection()) {
            holder.setAutoCommit(false);
            holder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = holder.createStatement(); ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            if (!FamilySnapshot.usable(holder)) {
                throw new IllegalStateException("the family snapshot is not usable after its refresh");
            }
            String law = RegistryLaw.read(holder).version();
            long families = RegistrySnapshot.families(holder);
            List<RegistrySnapshot.Range> slices = RegistrySnapshot.slices(holder, 4_000);
            int partitions = Math.max(1, (slices.size() + 9) / 10); // 40 000 families a file
            JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(slices, partitions).mapPartitions(new ExportPartition(snapshot, registry));
            spark.createDataFrame(rows, ParquetSnapshot.SCHEMA).write().mode(SaveMode.ErrorIfExists)
                    .parquet(dir + "/" + ParquetSnapshot.FAMILIES);
            ParquetSnapshot.writeManifest(spark, dir,
                    new ParquetSnapshot.Manifest(ColumnarSnapshot.FORMAT, date, law, families));
            holder.rollback();
            return families;
        }
    }
}
