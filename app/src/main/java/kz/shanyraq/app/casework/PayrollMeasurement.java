package kz.shanyraq.app.casework;

import kz.shanyraq.db.Durability;
import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.db.RegistrySchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Measures the АСП payroll of a million active assignments on the durable embedded PostgreSQL (fsync and synchronous
 * commit on), outside the test harness: {@code ./shanyraq bench-payroll [--data DIR] [--assignments N]}. Seeds the
 * assignments (one in a hundred with a sanction in force that month, one in a thousand ended before it) in a data
 * folder of its own (default: a new temporary one; an existing registry gains them), then times {@link Payroll#build}
 * — the server's own statement, in one transaction — and the same month again (nothing added). The seeded rows are
 * removed at the end. BENCHMARKS.md, "АСП payroll".
 */
public final class PayrollMeasurement {

    private PayrollMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        int n = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--assignments" -> n = Integer.parseInt(args[++i]);
                case "--jar" -> i++; // the launcher names the jar it runs from
                default -> {
                    System.err.println("usage: bench-payroll [--data DIR] [--assignments N]");
                    System.exit(2);
                }
            }
        }
        if (data == null) {
            data = Files.createTempDirectory("shanyraq-payroll-");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0, Durability.DURABLE)) {
            DataSource ds = db.dataSource();
            RegistrySchema.migrate(ds);
            JdbcClient jdbc = JdbcClient.create(ds);
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            System.out.printf(Locale.ROOT, "bench-payroll: %,d assignments, data %s, fsync=%s synchronous_commit=%s%n", n,
                    data, jdbc.sql("show fsync").query(String.class).single(),
                    jdbc.sql("show synchronous_commit").query(String.class).single());
            YearMonth month = YearMonth.of(2027, 3);
            long t0 = System.nanoTime();
            jdbc.sql("""
                            insert into aid_assignment (family_id, recipient_id, account, form, first_month, last_month,
                                                        monthly_amount, region_code, status, ended_from)
                            select 10000000 + g, 10000000 + g, 'KZ86125KZT5004100100',
                                   case when g % 3 = 0 then 'unconditional' else 'conditional' end,
                                   date '2027-01-01', date '2027-06-01', 20000 + g % 150000,
                                   'KZ-' || lpad((10 + (g % 20) * 3)::text, 2, '0'),
                                   case when g % 1000 = 0 then 'ended' else 'active' end,
                                   case when g % 1000 = 0 then date '2027-02-01' end
                            from generate_series(1, :n) g""").param("n", n).update();
            jdbc.sql("""
                            insert into aid_amount_change (assignment_id, from_month, to_month, amount, cause, explanation)
                            select id, date '2027-03-01', date '2027-03-01', monthly_amount / 2, 'sanction', 'benchmark'
                            from aid_assignment where family_id >= 10000000 and id % 100 = 7""").update();
            jdbc.sql("analyze aid_assignment").update();
            jdbc.sql("analyze aid_amount_change").update();
            long seeded = System.nanoTime();
            Payroll payroll = new Payroll(jdbc, null, null);
            Payroll.Run run = tx.execute(s -> payroll.build("benchmark", month, null));
            long built = System.nanoTime();
            Payroll.Run again = tx.execute(s -> payroll.build("benchmark", month, null));
            long twice = System.nanoTime();
            System.out.printf(Locale.ROOT, "bench-payroll: seeded in %.1f s; payroll of %s: %,d lines, total %,d ₸, "
                            + "built and stored in %.2f s; the same month again: %,d lines in %.2f s%n",
                    (seeded - t0) / 1e9, month, run.lines(), run.total(), (built - seeded) / 1e9, again.lines(),
                    (twice - built) / 1e9);
            jdbc.sql("delete from payroll_line where assignment_id in (select id from aid_assignment "
                    + "where family_id >= 10000000)").update();
            jdbc.sql("delete from payroll_run where started_by = 'benchmark'").update();
            jdbc.sql("delete from aid_amount_change where explanation = 'benchmark'").update();
            jdbc.sql("delete from aid_assignment where family_id >= 10000000 and case_id is null").update();
            System.out.printf(Locale.ROOT, "seconds=%.2f lines=%d%n", (built - seeded) / 1e9, run.lines());
        }
    }
}
