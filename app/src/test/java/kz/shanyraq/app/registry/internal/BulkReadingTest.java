package kz.shanyraq.app.registry.internal;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.synth.SyntheticCountry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national recompute's bulk reader and the server's registry reader give equal law families: every family of a
 * small synthetic country, on dates around its reference date (incomes, contracts, disabilities, property and
 * memberships start and end around them), compared as whole {@code Family} values (members, facts, incomes, loans and
 * property) on a deterministic sample of every 15th family (the law's part of the server reader, without the facts history the card shows), which holds property often enough to compare it too.
 */
class BulkReadingTest {

    /** Every 15th family of the bulk reading (≥ 150 per date) is read again by the server's reader. */
    private static final int SAMPLE_EVERY = 15;

    private static EmbeddedDatabase db;
    private static FamilyReader server;

    @BeforeAll
    static void country() throws Exception {
        db = EmbeddedDatabase.start(Files.createTempDirectory(Path.of("target"), "bulk-reading-"), 0);
        SyntheticCountry.load(db.dataSource(), 0.0005, 11);
        JdbcClient jdbc = JdbcClient.create(db.dataSource());
        server = new FamilyReader(jdbc, new MemberFactsReader(jdbc), new FactHistoryReader(jdbc));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2026-10-01", "2025-01-01", "2026-12-31"})
    void bulkReaderGivesTheServersFamilies(String date) throws Exception {
        LocalDate on = LocalDate.parse(date);
        List<Family> bulk = new RegistrySnapshot(on).readAll(db.dataSource());
        assertThat(bulk).hasSizeGreaterThan(2_000);
        // The server's reader takes tens of queries per family: a deterministic sample keeps the test short.
        int compared = 0;
        int withProperty = 0;
        for (int i = 0; i < bulk.size(); i += SAMPLE_EVERY) {
            Family f = bulk.get(i);
            Family expected = server.read(Long.parseLong(f.id()), on, false).orElseThrow().family();
            assertThat(f).as("family %s on %s", f.id(), on).isEqualTo(expected);
            compared++;
            withProperty += f.assets().isEmpty() ? 0 : 1;
        }
        assertThat(compared).isGreaterThanOrEqualTo(150);
        assertThat(withProperty).as("sampled families holding property").isGreaterThan(15);
    }
}
