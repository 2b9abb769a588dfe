package kz.shanyraq.app.casework;

import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payroll of one million active assignments, built and stored (BENCHMARKS.md, "АСП payroll"). Not a unit test:
 * it runs only when asked for, and prints the time; it asserts only that every assignment got its one line.
 *
 * <pre>
 * ./mvnw -q -B -pl app -am verify -Dtest=PayrollBenchmark -Dshanyraq.bench=payroll -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(named = "shanyraq.bench", matches = "payroll")
class PayrollBenchmark extends ServerTest {

    static final int ASSIGNMENTS = Integer.getInteger("shanyraq.bench.assignments", 1_000_000);

    @Autowired
    Payroll payroll;

    @Test
    void the_payroll_of_a_million_active_assignments() {
        YearMonth month = YearMonth.of(2027, 3);
        long t0 = System.nanoTime();
        // One in a hundred assignments has a sanction in force that month, one in a thousand has ended before it.
        jdbc.sql("""
                        insert into aid_assignment (family_id, recipient_id, account, form, first_month, last_month,
                                                    monthly_amount, region_code, status, ended_from)
                        select 10000000 + g, 10000000 + g, 'KZ86125KZT5004100100',
                               case when g % 3 = 0 then 'unconditional' else 'conditional' end,
                               date '2027-01-01', date '2027-06-01', 20000 + g % 150000,
                               'KZ-' || lpad((10 + (g % 20) * 3)::text, 2, '0'),
                               case when g % 1000 = 0 then 'ended' else 'active' end,
                               case when g % 1000 = 0 then date '2027-02-01' end
                        from generate_series(1, :n) g""").param("n", ASSIGNMENTS).update();
        jdbc.sql("""
                        insert into aid_amount_change (assignment_id, from_month, to_month, amount, cause, explanation)
                        select id, date '2027-03-01', date '2027-03-01', monthly_amount / 2, 'sanction', 'benchmark'
                        from aid_assignment where family_id >= 10000000 and id % 100 = 7""").update();
        jdbc.sql("analyze aid_assignment").update();
        jdbc.sql("analyze aid_amount_change").update();
        long seeded = System.nanoTime();

        Payroll.Run run = payroll.build("benchmark", month, null);
        long built = System.nanoTime();

        long expected = ASSIGNMENTS - ASSIGNMENTS / 1000;
        System.out.printf("PAYROLL BENCHMARK: %,d assignments seeded in %.1f s; payroll of %s: %,d lines, total %,d ₸, "
                        + "built and stored in %.2f s%n", ASSIGNMENTS, (seeded - t0) / 1e9, month, run.lines(),
                run.total(), (built - seeded) / 1e9);
        assertThat(run.lines()).isGreaterThanOrEqualTo((int) expected);

        Payroll.Run again = payroll.build("benchmark", month, null);
        System.out.printf("PAYROLL BENCHMARK: the same month again: %,d lines added in %.2f s%n", again.lines(),
                (System.nanoTime() - built) / 1e9);
        assertThat(again.lines()).isZero();
    }
}
