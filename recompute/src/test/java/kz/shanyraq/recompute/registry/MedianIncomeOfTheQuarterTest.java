package kz.shanyraq.recompute.registry;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.ingest.regional.Quarter;
import kz.shanyraq.synth.SyntheticCountry;
import kz.shanyraq.synth.load.LoadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The recompute publishes the median income its poverty line needs, computed from the registry, and only then. */
class MedianIncomeOfTheQuarterTest {

    @Test
    void theMedianOfTheQuarterBeforeTheDayIsComputedOnceAndOnlyWhenTheRegistryHoldsItsIncomes(@TempDir Path data)
            throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            SyntheticCountry.load(db.dataSource(), 0.0002, 3,
                    LoadOptions.defaults().withHistoryFrom(java.time.YearMonth.of(2025, 7)));

            assertThat(MedianIncomeOfTheQuarter.ensure(db.dataSource(), LocalDate.of(2026, 10, 1)))
                    .contains(new Quarter(2026, 3));
            assertThat(computedRegions(db, "2026-Q3")).isGreaterThan(10);
            assertThat(MedianIncomeOfTheQuarter.ensure(db.dataSource(), LocalDate.of(2026, 11, 26)))
                    .as("already published").isEmpty();
            assertThat(MedianIncomeOfTheQuarter.ensure(db.dataSource(), LocalDate.of(2025, 6, 1)))
                    .as("no incomes of 2025-Q1 in the registry: a median of zeros would be invented").isEmpty();
            assertThat(MedianIncomeOfTheQuarter.ensure(db.dataSource(), LocalDate.of(2025, 11, 1)))
                    .as("the history from July 2025 holds the incomes of 2025-Q3").contains(new Quarter(2025, 3));
            assertThat(MedianIncomeOfTheQuarter.ensure(db.dataSource(), LocalDate.of(2024, 6, 1)))
                    .as("before 2025 the poverty line does not read the median").isEmpty();
        }
    }

    private static long computedRegions(EmbeddedDatabase db, String period) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from regional_figure where series = "
                     + "'median-per-capita-income' and provenance = 'computed' and period = '" + period + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
