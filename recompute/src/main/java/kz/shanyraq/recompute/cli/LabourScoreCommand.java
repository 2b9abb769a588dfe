package kz.shanyraq.recompute.cli;

import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.recompute.labour.LabourCalibration;
import kz.shanyraq.recompute.labour.LabourScoringRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./shanyraq labour-score --on YYYY-MM-DD [--data DIR | --database JDBC-URL]}: scores every enterprise active on
 * the day with the labour-risk reference model and publishes the run (docs/labour-risk.md, "Scoring runs"). The last
 * line on standard output is {@code enterprises=N seconds=T read=… score=… write=… publish=…}; T is the run end to
 * end: from reading the facts to the committed, published run.
 *
 * <p>Exit codes: 0 published, 2 invalid options, 3 refused (the data folder is held by a server), 1 failed (the
 * previous run stays published).
 */
@Command(name = "labour-score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score every enterprise active on a day (social tension, occupational safety), keep each"
                + " explanation and publish the run atomically.")
public final class LabourScoreCommand implements Callable<Integer> {

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "The day the enterprises are scored as of.")
    String on;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded PostgreSQL; default ./data.")
    Path data;

    @Option(names = "--database", paramLabel = "JDBC-URL", description = "An external PostgreSQL instead.")
    String database;

    @Option(names = "--user", description = "User of the external database (or in the URL).")
    String user;

    @Option(names = "--password", description = "Password of the external database (or in the URL).")
    String password;

    @Option(names = "--readers", paramLabel = "N", description = "Connections reading the facts at once (default: cores, at least 2).")
    Integer readers;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Score the day N times in a row, each run published (for measuring; default 1).")
    int runs;

    @Option(names = "--calibration", description = "Also print, per region, the high bands and the preventive-control"
            + " list of the half-year beside the ministry's figures (seed 000: 1.8 k monitored, 314 listed).")
    boolean calibration;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        kz.shanyraq.db.ConsoleLogging.warningsOnly();
        CommandLine cl = new CommandLine(new LabourScoreCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            return ex instanceof kz.shanyraq.recompute.run.RecomputeRefusedException ? 3 : 1;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LocalDate day = LabourBacktestCommand.day(spec, "--on", on);
        if (readers != null && readers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--readers must be at least 1, not " + readers);
        }
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, not " + runs);
        }
        try (LabourDatabase db = LabourDatabase.open(spec.commandLine(), data, database, user, password)) {
            RegistrySchema.migrate(db.dataSource());
            EnterpriseScoring scoring = EnterpriseScoring.reference();
            LabourScoringRun run = readers == null ? new LabourScoringRun(db.dataSource(), scoring)
                    : new LabourScoringRun(db.dataSource(), scoring, readers);
            LabourScoringRun.Report r = null;
            Path folder = database == null ? (data == null ? Path.of("data") : data) : null;
            for (int k = 0; k < runs; k++) {
                double java0 = CpuSeconds.java();
                double pg0 = CpuSeconds.postgres(folder);
                r = run.run(day, "command-line");
                double javaCpu = CpuSeconds.java() - java0;
                double pgCpu = CpuSeconds.postgres(folder) - pg0;
                System.err.printf(Locale.ROOT, "run %d CPU: Java %.2f s, PostgreSQL %.2f s (embedded only), together %.2f s"
                        + " on %d cores; load average %s%n", r.runId(), javaCpu, pgCpu, javaCpu + pgCpu,
                        Runtime.getRuntime().availableProcessors(), loadAverage());
                System.err.printf(Locale.ROOT, "run %d published: %,d enterprises in %.2f s (read %.2f, score and pack %.2f,"
                                + " write %.2f, publish %.2f); high %s; entered %s; left %s%n", r.runId(), r.enterprises(),
                        r.seconds(), r.readSeconds(), r.scoreSeconds(), r.writeSeconds(), r.publishSeconds(), r.high(),
                        r.enteredHigh(), r.leftHigh());
            }
            if (calibration) {
                printCalibration(db, scoring, day);
            }
            System.out.printf(Locale.ROOT, "enterprises=%d seconds=%.2f read=%.2f score=%.2f write=%.2f publish=%.2f%n",
                    r.enterprises(), r.seconds(), r.readSeconds(), r.scoreSeconds(), r.writeSeconds(), r.publishSeconds());
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void printCalibration(LabourDatabase db, EnterpriseScoring scoring, LocalDate day) throws Exception {
        LabourCalibration.Result r;
        try (java.sql.Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
            r = LabourCalibration.of(c, scoring, day);
            c.rollback();
        }
        System.out.printf(Locale.ROOT, "| region | enterprises | high social tension | high occupational safety | preventive-control list %s |%n",
                r.halfStart());
        System.out.println("|---|---|---|---|---|");
        for (LabourCalibration.Row row : r.regions().values()) {
            System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d |%n", row.region(), row.enterprises(),
                    row.highTension(), row.highSafety(), row.preventiveList());
        }
        LabourCalibration.Row k = r.country();
        System.out.printf(Locale.ROOT, "| **KZ** | %,d | %,d (ministry: 1.8 k monitored) | %,d | %,d (ministry: 314 in 2025-H2) |%n",
                k.enterprises(), k.highTension(), k.highSafety(), k.preventiveList());
        System.out.printf(Locale.ROOT, "%nenterprises with an ОСНС contract: %.1f %% (ministry: 64.7 %%); in the 12 months up to %s: "
                + "%,d injured, %,d killed at work (ministry: 1 235 injured and 145 killed in ten months)%n",
                100 * r.insuredShare(), r.on(), r.injured12m(), r.killed12m());
        System.out.println("\nthe high social-tension band by what put each enterprise there (the 15 most frequent):");
        r.highTensionWhy().entrySet().stream().limit(15)
                .forEach(en -> System.out.printf(Locale.ROOT, "%,8d  %s%n", en.getValue(), en.getKey()));
    }
}
