package kz.shanyraq.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: measures how fast batches import. Run with
 * {@code ./mvnw -q -pl ingest -am test -Dtest=ImportThroughputMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Dshanyraq.measure=true}.
 */
@EnabledIfSystemProperty(named = "shanyraq.measure", matches = "true")
class ImportThroughputMeasurement extends RegistryDatabase {

    @Test
    void persons_then_incomes() {
        int persons = Integer.getInteger("shanyraq.measure.persons", 20_000);
        StringBuilder p = new StringBuilder("iin,birth_date,sex,status\n");
        StringBuilder inc = new StringBuilder("iin,month,type,source,amount\n");
        String[] iins = new String[persons];
        for (int i = 0; i < persons; i++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i % 20_000);
            iins[i] = TestIins.iin(birth, i % 2 == 0 ? 'F' : 'M', i / 20_000 * 20);
            p.append(iins[i]).append(',').append(birth).append(',').append(i % 2 == 0 ? 'F' : 'M').append(",citizen\n");
            for (int m = 1; m <= 12; m++) {
                inc.append(iins[i]).append(",2025-").append(String.format("%02d", m)).append(",wage,gcvp,").append(100_000 + i).append('\n');
            }
        }
        long t0 = System.nanoTime();
        ImportResult pr = importer().importBatch(SourceKind.PERSONS, "m-persons", Format.CSV, text(p.toString()));
        long t1 = System.nanoTime();
        ImportResult ir = importer().importBatch(SourceKind.INCOMES, "m-incomes", Format.CSV, text(inc.toString()));
        long t2 = System.nanoTime();
        ImportResult again = importer().importBatch(SourceKind.INCOMES, "m-incomes-resent", Format.CSV, text(inc.toString()));
        long t3 = System.nanoTime();
        report("persons", pr.rows(), t1 - t0);
        report("incomes", ir.rows(), t2 - t1);
        report("incomes re-sent (all unchanged)", again.rows(), t3 - t2);
        assertThat(again.changed()).isZero();
    }

    private static void report(String what, int rows, long nanos) {
        double s = nanos / 1e9;
        System.out.printf("MEASURED %s: %d rows in %.2f s = %.0f rows/s%n", what, rows, s, rows / s);
    }
}
