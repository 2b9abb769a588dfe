package kz.shanyraq.recompute;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.synth.SyntheticCountry;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** One embedded PostgreSQL per test JVM holding a small synthetic country (scale 0.002, seed 7: ≈ 12 700 families). */
public final class TestRegistry {

    public static final double SCALE = 0.002;
    public static final long SEED = 7;
    /** The synthetic country's reference date: its incomes are the months before it. */
    public static final LocalDate ON = LocalDate.of(2026, 10, 1);

    /**
     * The first month with incomes: a short history (Q3 2025 on), so that a date inside it (2025-11-01) and one
     * before it that the law can still evaluate (2025-06-01, the 2025 methodology in force) are both at hand.
     */
    public static final java.time.YearMonth HISTORY_FROM = java.time.YearMonth.of(2025, 7);

    private static EmbeddedDatabase database;

    private TestRegistry() {
    }

    public static synchronized EmbeddedDatabase database() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("recompute-test-");
                database = EmbeddedDatabase.start(dir, 0);
                SyntheticCountry.load(database.dataSource(), SCALE, SEED,
                        kz.shanyraq.synth.load.LoadOptions.defaults().withHistoryFrom(HISTORY_FROM));
                Runtime.getRuntime().addShutdownHook(new Thread(database::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    public static DataSource dataSource() {
        return database().dataSource();
    }
}
