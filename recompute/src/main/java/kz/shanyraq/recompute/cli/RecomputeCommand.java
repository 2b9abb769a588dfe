package kz.shanyraq.recompute.cli;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.run.NationalRecompute;
import kz.shanyraq.recompute.run.RecomputeProgress;
import kz.shanyraq.recompute.run.RecomputeRefusedException;
import kz.shanyraq.recompute.run.RunReport;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./shanyraq recompute --on YYYY-MM-DD [--data DIR | --database JDBC-URL]}: evaluates every family of the
 * registry as of the date and publishes the run. Progress goes to standard error; the last line on standard output
 * is {@code families=N persons=M seconds=T families_per_second=R}.
 *
 * <p>Exit codes: 0 published, 2 invalid options, 3 refused (another recompute runs, the data folder is in use by
 * a server, or the registry's coverage cannot serve the date and {@code --allow-partial} was not given), 1 failed
 * (the previously published run stays published).
 */
@Command(name = "recompute", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate every family of the registry as of a date (category and every measure's entitlement)"
                + " on all cores, and publish the run atomically."})
public final class RecomputeCommand implements Callable<Integer> {

    static final int INVALID = 2;
    static final int REFUSED = 3;

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "The date of the evaluation.")
    String on;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded PostgreSQL (its data is kept in DIR/pg); default ./data.")
    Path data;

    @Option(names = "--database", paramLabel = "JDBC-URL",
            description = "An external PostgreSQL instead, e.g. jdbc:postgresql://host:5432/shanyraq.")
    String database;

    @Option(names = "--user", description = "User of the external database (or in the URL).")
    String user;

    @Option(names = "--password", description = "Password of the external database (or in the URL).")
    String password;

    @Option(names = "--allow-partial", description = "Publish even when the registry's data does not cover every"
            + " fact the date needs (refused with exit code 3 otherwise): those measures are undetermined, counted"
            + " per region in the run's summary.")
    boolean allowPartial;

    @Option(names = "--source", paramLabel = "registry|parquet:DIR", description = "With --engine spark: where the"
            + " tasks read the families: the registry (default) or a columnar snapshot written by ./shanyraq export"
            + " --format parquet for the same date (the law, the published run and the results stay in the registry).")
    String source;

    @Option(names = "--sink", paramLabel = "registry|parquet:DIR", description = "With --engine spark: where the"
            + " results go: the registry's run tables, published (default), or Parquet files in a new folder DIR"
            + " (the same rows and transitions; nothing is published).")
    String sink;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local (this machine's threads, the default) or spark (Apache Spark: the spark module).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: local[*] (default),"
            + " local[N], spark://host:7077, k8s://https://host:6443 or yarn.")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "With --engine spark: a Spark setting"
            + " (repeatable), e.g. spark.executor.memory=4g.")
    java.util.List<String> conf = new java.util.ArrayList<>();

    @Option(names = "--slice", paramLabel = "N", hidden = true, description = "Families per slice (default 4000).")
    Integer slice;

    @Option(names = "--pause-per-slice-ms", hidden = true,
            description = "Test aid: sleep after each slice, to catch a run in the middle.")
    long pause;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private DistributedEngines.Source from = DistributedEngines.Source.REGISTRY;
    private String sinkFolder;

    public static void main(String[] args) {
        kz.shanyraq.db.ConsoleLogging.warningsOnly();
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new RecomputeCommand());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("usage: ./shanyraq recompute --on YYYY-MM-DD [--allow-partial] [--data DIR | --database JDBC-URL]");
            return INVALID;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            return ex instanceof RecomputeRefusedException ? REFUSED : 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        LocalDate date;
        try {
            date = LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--on must be a date YYYY-MM-DD, not '" + on + "'");
        }
        if (data != null && database != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --data or --database, not both");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        if (slice != null && slice < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--slice must be at least 1, not " + slice);
        }
        if (database != null && !database.startsWith("jdbc:postgresql:")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--database must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--engine must be local or spark, not '"
                    + engine + "'");
        }
        if (engine.equals("local") && (master != null || !conf.isEmpty())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--master and --conf need --engine spark");
        }
        DistributedEngines.Source from;
        try {
            from = DistributedEngines.Source.parse(source);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (engine.equals("local") && !from.isRegistry()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source parquet:DIR needs --engine spark");
        }
        this.from = from;
        try {
            this.sinkFolder = DistributedEngines.parquetSinkFolder(sink);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (engine.equals("local") && sinkFolder != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sink parquet:DIR needs --engine spark");
        }
        if (sinkFolder != null && !sinkFolder.contains("://") && Files.exists(Path.of(sinkFolder))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sink: " + sinkFolder
                    + " exists (give a new folder)");
        }
        for (String c : conf) {
            if (!c.matches("[A-Za-z0-9_.\\-]+=.*")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--conf must be KEY=VALUE, not '" + c + "'");
            }
        }
        NationalRecompute.Options options = NationalRecompute.Options.defaults(date)
                .withProgress(RecomputeCommand::print).withPausePerSlice(pause).withAllowPartial(allowPartial);
        if (threads != null) {
            options = options.withThreads(threads);
        }
        if (slice != null) {
            options = options.withFamiliesPerSlice(slice);
        }
        RunReport report;
        if (database != null) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(database);
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            System.err.println("recompute as of " + date + " → " + database.replaceAll("\\?.*$", "")); // never the password
            report = run(ds, date, options, new DistributedEngines.Registry(database, user, password));
        } else {
            Path dir = data == null ? Path.of("data") : data;
            if (!Files.isDirectory(dir.resolve("pg"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--data: no registry in "
                        + dir.toAbsolutePath() + " (expected " + dir.resolve("pg") + "); load one with ./shanyraq generate"
                        + " or ./shanyraq up");
            }
            System.err.println("recompute as of " + date + " → embedded PostgreSQL in " + dir.toAbsolutePath().resolve("pg"));
            try (EmbeddedDatabase db = startEmbedded(dir)) {
                report = run(db.dataSource(), date, options, new DistributedEngines.Registry(db.jdbcAddress(),
                        kz.shanyraq.db.RegistryRoles.OWNER, db.ownerPassword()));
            }
        }
        if (sinkFolder != null) {
            System.err.printf(Locale.ROOT, "results written to %s (nothing published): read %.1f s, evaluate %.1f s"
                            + " (summed over tasks), write %.1f s; parameters %s%n", sinkFolder, report.readSeconds(),
                    report.evaluateSeconds(), report.writeSeconds(), report.parameterVersion());
            System.out.println(report.summaryLine());
            return 0;
        }
        System.err.printf(Locale.ROOT, "run %d published: read %.1f s, evaluate %.1f s (summed over workers), "
                        + "write %.1f s, publish %.1f s; parameters %s%n", report.runId(), report.readSeconds(),
                report.evaluateSeconds(), report.writeSeconds(), report.publishSeconds(), report.parameterVersion());
        if (report.partial()) {
            System.err.println("partial run: measures left undetermined for facts outside the registry's coverage");
            report.coverageGaps().forEach((measure, reason) -> System.err.printf(Locale.ROOT,
                    "  %s: %,d families undetermined (%s)%n", measure, report.undetermined(measure), reason));
        }
        System.out.println(report.summaryLine());
        return 0;
    }

    /** The run on this machine's threads, or with the slices evaluated by the engine asked for. */
    private RunReport run(javax.sql.DataSource ds, LocalDate date, NationalRecompute.Options options,
                          DistributedEngines.Registry registry) {
        if (engine.equals("local")) {
            return NationalRecompute.run(ds, date, options);
        }
        try (DistributedEngines.Engine e = DistributedEngines.open(engine, master, conf, registry, from)) {
            NationalRecompute.Options with = options.withEngine(e);
            return NationalRecompute.run(ds, date, sinkFolder == null ? with : with.withSink(e.parquetSink(sinkFolder)));
        }
    }

    /**
     * The embedded database of the folder. A server ({@code ./shanyraq up}) running on the same folder holds it:
     * PostgreSQL refuses a second postmaster on one data directory, and we say so instead of a stack trace.
     */
    static EmbeddedDatabase startEmbedded(Path dir) {
        try {
            return EmbeddedDatabase.start(dir, 0);
        } catch (RuntimeException e) {
            throw new RecomputeRefusedException("could not open the embedded registry in " + dir.toAbsolutePath()
                    + " (is ./shanyraq up or another command using this folder? stop it, or run the recompute"
                    + " against the server's database with --database): " + e.getMessage());
        }
    }

    private static void print(RecomputeProgress p) {
        if (p.counting() && p.phase().equals(RecomputeProgress.BUILDING_SNAPSHOT)) {
            System.err.printf(Locale.ROOT, "[%6.1f s] %s: %,d / %,d families (%.0f %%), %,.0f families/s, %.0f s left%n",
                    p.seconds(), p.phase(), p.done(), p.total(), 100.0 * p.done() / p.total(), p.rate(), p.secondsLeft());
        } else if (p.counting()) {
            System.err.printf(Locale.ROOT, "[%6.1f s] run %d: %,d / %,d families (%.0f %%), %,.0f families/s, %.0f s left%n",
                    p.seconds(), p.runId(), p.done(), p.total(), 100.0 * p.done() / p.total(), p.rate(), p.secondsLeft());
        } else {
            // run 0: a step before the run exists (the median income of a quarter, the family snapshot)
            System.err.printf(Locale.ROOT, p.runId() > 0 ? "[%6.1f s] run %2$d %3$s%n" : "[%6.1f s] %3$s%n",
                    p.seconds(), p.runId(), p.phase());
        }
    }
}
