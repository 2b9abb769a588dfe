package kz.shanyraq.recompute.cli;

import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.recompute.labour.Backtest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ./shanyraq labour-backtest --on YYYY-MM-DD --top N [--months M] [--data DIR]}: every enterprise scored with
 * the facts valid on a past day, ranked per region, against the events of the following months (a conflict or strike,
 * a fatal accident, new wage arrears): precision and recall at N per region and for the country (docs/labour-risk.md,
 * "Backtest"). Reads only.
 */
@Command(name = "labour-backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Precision and recall at N of the labour-risk ranking on a past day, per region.")
public final class LabourBacktestCommand implements Callable<Integer> {

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD", description = "The past day the enterprises are ranked on.")
    String on;

    @Option(names = "--top", required = true, paramLabel = "N", description = "The top N of each region's ranking.")
    int top;

    @Option(names = "--months", paramLabel = "M", defaultValue = "6", description = "Months after the day the events are looked for (default 6).")
    int months;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded PostgreSQL; default ./data.")
    Path data;

    @Option(names = "--database", paramLabel = "JDBC-URL", description = "An external PostgreSQL instead.")
    String database;

    @Option(names = "--user", description = "User of the external database (or in the URL).")
    String user;

    @Option(names = "--password", description = "Password of the external database (or in the URL).")
    String password;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        kz.shanyraq.db.ConsoleLogging.warningsOnly();
        CommandLine cl = new CommandLine(new LabourBacktestCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            return ex instanceof kz.shanyraq.recompute.run.RecomputeRefusedException ? 3 : 1;
        });
        System.exit(cl.execute(args));
    }

    static LocalDate day(CommandLine.Model.CommandSpec spec, String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a date YYYY-MM-DD, not '" + text + "'");
        }
    }

    @Override
    public Integer call() throws Exception {
        LocalDate day = day(spec, "--on", on);
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, not " + top);
        }
        if (months < 1 || months > 24) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--months must be 1 to 24, not " + months);
        }
        try (LabourDatabase db = LabourDatabase.open(spec.commandLine(), data, database, user, password)) {
            RegistrySchema.migrate(db.dataSource());
            Backtest.Result r;
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                r = Backtest.run(c, EnterpriseScoring.reference(), day, months, top);
                c.rollback();
            }
            System.out.printf(Locale.ROOT, "Backtest of the labour-risk reference model: ranked on %s, events in (%s, %s],"
                    + " top %d per region%n", r.on(), r.on(), r.until(), r.n());
            System.out.printf(Locale.ROOT, "%-8s %12s %10s %6s %6s %10s %8s%n", "region", "enterprises", "with event",
                    "top N", "hits", "precision", "recall");
            for (Backtest.Row row : r.regions()) {
                print(row);
            }
            print(r.country());
            System.out.printf(Locale.ROOT, "base rate (enterprises with an event): %.4f %%; precision at random = base rate%n",
                    100.0 * r.country().withEvent() / Math.max(1, r.country().enterprises()));
        }
        return 0;
    }

    private static void print(Backtest.Row row) {
        System.out.printf(Locale.ROOT, "%-8s %,12d %,10d %6d %6d %9.1f%% %7.1f%%%n", row.region(), row.enterprises(),
                row.withEvent(), row.topN(), row.hits(), 100 * row.precision(), 100 * row.recall());
    }
}
