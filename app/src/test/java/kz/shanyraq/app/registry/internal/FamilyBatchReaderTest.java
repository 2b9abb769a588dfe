package kz.shanyraq.app.registry.internal;

import kz.shanyraq.app.registry.FamilyOnDate;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.synth.SyntheticCountry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life-event workers' bulk reader gives, for each family and date of a batch, the very record the server's
 * single-family reader gives (law family, territory, incomes, data gaps): a small synthetic country, families read
 * in one batch each on one of several dates around the reference date (incomes, contracts, disabilities, property
 * and memberships start and end around them), the same family twice on different dates, and a family that does not
 * exist.
 */
class FamilyBatchReaderTest {

    private static final LocalDate[] DATES = {LocalDate.parse("2026-10-01"), LocalDate.parse("2025-01-01"),
            LocalDate.parse("2026-12-31"), LocalDate.parse("2026-03-17")};

    private static EmbeddedDatabase db;
    private static FamilyReader single;
    private static FamilyBatchReader batch;
    private static JdbcClient jdbc;

    @BeforeAll
    static void country() throws Exception {
        db = EmbeddedDatabase.start(Files.createTempDirectory(Path.of("target"), "batch-reading-"), 0);
        SyntheticCountry.load(db.dataSource(), 0.0005, 11);
        jdbc = JdbcClient.create(db.dataSource());
        single = new FamilyReader(jdbc, new MemberFactsReader(jdbc), new FactHistoryReader(jdbc));
        batch = new FamilyBatchReader(jdbc);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void aBatchOfFamiliesOnTheirOwnDatesEqualsTheSingleReadings() {
        List<Long> ids = jdbc.sql("select id from family order by id").query(Long.class).list();
        assertThat(ids).hasSizeGreaterThan(2_000);
        List<FamilyOnDate> requests = new ArrayList<>();
        // Every 8th family (the single reader, which the batch is compared with, takes tens of queries per family).
        for (int i = 0; i < ids.size(); i += 8) {
            requests.add(new FamilyOnDate(ids.get(i), DATES[(i / 8) % DATES.length]));
        }
        // The same family on two dates in one batch, and a family the registry does not hold.
        requests.add(new FamilyOnDate(ids.get(0), DATES[1]));
        requests.add(new FamilyOnDate(-1, DATES[0]));

        List<Optional<FamilyRecord>> read = batch.read(requests);

        assertThat(read).hasSameSizeAs(requests);
        int withProperty = 0;
        int withGaps = 0;
        int withLoans = 0;
        for (int i = 0; i < requests.size(); i++) {
            FamilyOnDate r = requests.get(i);
            Optional<FamilyRecord> expected = single.read(r.familyId(), r.on(), false);
            assertThat(read.get(i)).as("family %s on %s", r.familyId(), r.on()).isEqualTo(expected);
            if (expected.isPresent()) {
                withProperty += expected.get().family().assets().isEmpty() ? 0 : 1;
                withGaps += expected.get().gaps().isEmpty() ? 0 : 1;
                withLoans += expected.get().family().loans().isEmpty() ? 0 : 1;
            }
        }
        assertThat(read.get(read.size() - 1)).isEmpty();
        assertThat(withProperty).as("families holding property").isGreaterThan(10);
        assertThat(withLoans).as("families with loans").isGreaterThan(10);
        assertThat(withGaps).as("families with data gaps").isGreaterThan(0);
    }

    @Test
    void anEmptyBatchReadsNothing() {
        assertThat(batch.read(List.of())).isEmpty();
    }
}
