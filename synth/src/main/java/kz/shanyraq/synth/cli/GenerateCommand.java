package kz.shanyraq.synth.cli;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.synth.LoadRefusedException;
import kz.shanyraq.synth.LoadReport;
import kz.shanyraq.synth.SyntheticCountry;
import kz.shanyraq.synth.calibration.CalibrationReport;
import kz.shanyraq.synth.calibration.PopulationCensus;
import kz.shanyraq.synth.country.CountryPlan;
import kz.shanyraq.synth.figures.SyntheticRegionalFigures;
import kz.shanyraq.synth.labour.SyntheticEmployment;
import kz.shanyraq.synth.labour.SyntheticEnterprises;
import kz.shanyraq.synth.load.ChunkPipeline;
import kz.shanyraq.synth.load.LoadOptions;
import kz.shanyraq.synth.load.LoadProgress;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import kz.shanyraq.synth.country.SyntheticCalendar;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./shanyraq generate --scale S --seed N [--data DIR | --database JDBC-URL]}: generates the synthetic
 * country and loads it into the embedded registry kept in DIR (default {@code ./data}, the folder {@code up}
 * uses) or into an external PostgreSQL. Progress goes to standard error; the last line on standard output is
 * {@code persons=N families=M seconds=T rows_per_second=R}.
 *
 * <p>Exit codes: 0 loaded (or already loaded), 2 invalid options, 3 refused (the registry is not empty),
 * 1 failed (nothing was written).
 */
@Command(name = "generate", mixinStandardHelpOptions = true, version = "Shanyraq synthetic country "
        + SyntheticCountry.GENERATOR_VERSION, sortOptions = false,
        description = {"Generate the synthetic country (scale 1.0 ≈ 20 million persons in 6.3 million families)"
                + " and load it into an empty registry, all or nothing.",
                "Same scale and seed, same country. Running it again on the same registry does nothing."})
public final class GenerateCommand implements Callable<Integer> {

    static final int REFUSED = 3;
    static final int INVALID = 2;

    @Option(names = "--scale", required = true, paramLabel = "S",
            description = "Share of the country: 1.0 ≈ 20 M persons, 0.01 ≈ 200 000 (above 0, at most 2.0).")
    double scale;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Random seed (default 0).")
    long seed;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded PostgreSQL (its data is kept in DIR/pg); default ./data.")
    Path data;

    @Option(names = "--database", paramLabel = "JDBC-URL",
            description = "An external PostgreSQL instead, e.g. jdbc:postgresql://host:5432/shanyraq.")
    String database;

    @Option(names = "--user", description = "User of the external database (or in the URL).")
    String user;

    @Option(names = "--password", description = "Password of the external database (or in the URL).", arity = "0..1",
            interactive = false)
    String password;

    @Option(names = "--history-from", paramLabel = "YYYY-MM",
            description = "First month with incomes: the country's history (default: two years before the reference"
                    + " month, 2024-10; 2026-07 = the reference months only; from 2018-01).")
    String historyFrom;

    @Option(names = "--threads", paramLabel = "N", description = "Generator threads (default: one per core).")
    Integer threads;

    @Option(names = "--report", description = "After loading, print the calibration table (target vs generated).")
    boolean report;

    @Option(names = "--only-enterprises", description = "Load only the synthetic enterprises and their histories"
            + " (the labour side, docs/labour-risk.md), not the families; into a registry without enterprises.")
    boolean onlyEnterprises;

    @Option(names = "--dry-run", description = "Generate in memory and print the census; write nothing.")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        kz.shanyraq.db.ConsoleLogging.warningsOnly();
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().getErr().println("usage: ./shanyraq generate --scale S --seed N [--history-from YYYY-MM] [--data DIR | --database JDBC-URL]");
            return INVALID;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            return ex instanceof LoadRefusedException ? REFUSED : ex instanceof IllegalArgumentException ? INVALID : 1;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (data != null && database != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --data or --database, not both");
        }
        if (!(scale > 0) || scale > CountryPlan.MAX_SCALE) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be above 0 and at most "
                    + CountryPlan.MAX_SCALE + ", not " + scale);
        }
        YearMonth history = SyntheticCalendar.DEFAULT_HISTORY_FROM;
        if (historyFrom != null) {
            try {
                history = YearMonth.parse(historyFrom);
                SyntheticCalendar.requireHistoryFrom(history);
            } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--history-from must be a month from "
                        + SyntheticCalendar.EARLIEST_HISTORY_FROM + " to " + SyntheticCalendar.INCOME_MONTHS.get(0)
                        + " (YYYY-MM), not " + historyFrom);
            }
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        if (dryRun) {
            return dryRun(threadCount, history);
        }
        LoadOptions options = LoadOptions.defaults().withThreads(threadCount).withListener(GenerateCommand::print)
                .withHistoryFrom(history);
        LoadReport result;
        if (database != null) {
            if (!database.startsWith("jdbc:postgresql:")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--database must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
            }
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(database);
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            err.println("synthetic country: scale " + scale + ", seed " + seed + ", incomes from " + history + " → " + database.replaceAll("\\?.*$", "")); // never the password
            if (onlyEnterprises) {
                return enterprises(ds);
            }
            result = SyntheticCountry.load(ds, scale, seed, options);
            afterLoad(ds, result);
        } else {
            Path dir = data == null ? Path.of("data") : data;
            Files.createDirectories(dir);
            err.println("synthetic country: scale " + scale + ", seed " + seed + ", incomes from " + history
                    + " → embedded PostgreSQL in "
                    + dir.toAbsolutePath().resolve("pg"));
            try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
                if (onlyEnterprises) {
                    return enterprises(db.dataSource());
                }
                result = SyntheticCountry.load(db.dataSource(), scale, seed, options);
                afterLoad(db.dataSource(), result);
            }
        }
        return 0;
    }

    private void afterLoad(DataSource ds, LoadReport result) throws Exception {
        if (result.alreadyLoaded()) {
            System.err.println("already loaded: the registry holds this synthetic country (scale " + result.scale()
                    + ", seed " + result.seed() + ", loaded " + result.generatedAt() + "); nothing to do");
        } else {
            System.err.printf(Locale.ROOT, "loaded %,d rows in %d tables%n", result.totalRows(), result.rowsPerTable().size());
            result.rowsPerTable().forEach((t, n) -> System.err.printf(Locale.ROOT, "  %-28s %,14d%n", t, n));
        }
        loadEnterprises(ds);
        loadEmployment(ds);
        if (report) {
            System.out.println(CalibrationReport.of(ds, result.scale()).toMarkdown());
        }
        System.out.println(result.summaryLine());
    }

    /** Only the enterprises: exit 0 loaded, 3 refused when the registry holds enterprises already. */
    private int enterprises(DataSource ds) {
        if (!loadEnterprises(ds)) {
            throw new LoadRefusedException("the registry holds enterprises already; nothing loaded");
        }
        return 0;
    }

    /** The labour side's enterprises of the same scale and seed (nothing when the registry holds enterprises). */
    private boolean loadEnterprises(DataSource ds) {
        long started = System.nanoTime();
        SyntheticEnterprises.Report e = SyntheticEnterprises.load(ds, scale, seed);
        if (e == null) {
            System.err.println("enterprises: the registry holds enterprises already; none added");
            return false;
        }
        System.err.printf(Locale.ROOT, "enterprises: %,d with %,d workers (%.1f %% in ЕСУТД), %,d insured (%.1f %%) in %.1f s%n",
                e.enterprises(), e.workers(), 100.0 * e.inEsutd() / Math.max(1, e.workers()), e.insured(),
                100.0 * e.insured() / Math.max(1, e.enterprises()), (System.nanoTime() - started) / 1e9);
        e.rows().forEach((t, n) -> System.err.printf(Locale.ROOT, "  %-28s %,14d%n", t, n));
        return true;
    }

    /** The career centres' vacancies, registrations and measures from the enterprises and people just loaded. */
    private void loadEmployment(DataSource ds) {
        long started = System.nanoTime();
        SyntheticEmployment.Report e = SyntheticEmployment.load(ds);
        if (e == null) {
            System.err.println("employment: the registry holds vacancies or job seekers already; none added");
            return;
        }
        System.err.printf(Locale.ROOT, "employment: %,d vacancies (%,d open), %,d registrations (%,d open), %,d check-ins, %,d measure participations in %.1f s%n",
                e.vacancies(), e.openVacancies(), e.jobSeekers(), e.openRegistrations(), e.checkIns(), e.participations(),
                (System.nanoTime() - started) / 1e9);
    }

    private int dryRun(int threadCount, YearMonth history) throws Exception {
        long started = System.nanoTime();
        SyntheticRegionalFigures figures = SyntheticRegionalFigures.generate(seed);
        CountryPlan plan = CountryPlan.of(scale, seed, figures, history);
        PopulationCensus census = new PopulationCensus(plan.povertyLines());
        long[] rows = {0};
        new ChunkPipeline(plan, threadCount, census::add).run(r -> rows[0] += r.rows());
        double seconds = (System.nanoTime() - started) / 1e9;
        census.counts().forEach((k, v) -> System.out.printf(Locale.ROOT, "%-58s %,14d%n", k, v));
        census.rowsByTable().forEach((k, v) -> System.out.printf(Locale.ROOT, "rows %-53s %,14d%n", k, v));
        System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s (no database)%n", rows[0], seconds);
        return 0;
    }

    private static void print(LoadProgress p) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[%6.1f s] %s", p.seconds(), p.phase()));
        if (p.familiesTotal() > 0 && p.familiesDone() < p.familiesTotal() && p.phase().startsWith("generating")) {
            line.append(String.format(Locale.ROOT, ": families %,d / %,d (%.0f %%)", p.familiesDone(), p.familiesTotal(),
                    100.0 * p.familiesDone() / p.familiesTotal()));
        }
        line.append(String.format(Locale.ROOT, ", rows %,d (%,.0f rows/s)", p.rowsCopied(), p.rowsPerSecond()));
        System.err.println(line);
    }
}
