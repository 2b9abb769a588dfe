package kz.shanyraq.app.database;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.registry.Territory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A family card read again reads no registry table until one of its tables changes (issue 13, "family cards fast under
 * 200 users"), and a change committed before a read is always seen by it.
 */
class TableChangesTest extends ServerTest {

    @Autowired
    FamilyRegistry registry;

    @Autowired
    TableChanges changes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Test
    void every_table_a_family_card_reads_notifies_its_changes_and_is_named_by_the_registry() {
        // PostgreSQL counts the scans of each table by this connection (not yet reported to the statistics): the
        // tables whose count grows while the card's reading runs, in one transaction, are the tables it reads.
        String scans = "select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables";
        List<String> read = transactions.execute(tx -> {
            var before = new java.util.HashMap<String, Long>();
            jdbc.sql(scans).query((java.sql.ResultSet rs) -> {
                before.put(rs.getString(1), rs.getLong(2));
            });
            registry.existingFamilyTerritory(1, LocalDate.now());
            registry.family(1, LocalDate.of(2026, 10, 1)).orElseThrow();
            var grown = new java.util.TreeSet<String>();
            jdbc.sql(scans).query((java.sql.ResultSet rs) -> {
                if (rs.getLong(2) > before.getOrDefault(rs.getString(1), 0L)) {
                    grown.add(rs.getString(1));
                }
            });
            return List.copyOf(grown);
        });
        assertThat(read).contains("family", "family_member", "person", "income_year");
        assertThat(List.of(FamilyRegistry.TABLES)).containsAll(read);
        List<String> notifying = jdbc.sql("""
                select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                 join pg_proc p on p.oid = t.tgfoid where p.proname = 'notify_table_changed'""")
                .query(String.class).list();
        assertThat(notifying).containsAll(List.of(FamilyRegistry.TABLES))
                .contains("app_user", "regional_figure", "synthetic_regional_figure", "recompute_run",
                        "recompute_transition", "source_coverage");
    }

    @Test
    void a_reading_is_kept_until_one_of_its_tables_changes_and_a_change_is_seen_by_the_next_read() {
        ChangeAwareCache<Long, Optional<Optional<Territory>>> kept =
                new ChangeAwareCache<>(changes, 16, FamilyRegistry.TABLES);
        AtomicInteger reads = new AtomicInteger();
        var first = kept.get(1L, () -> {
            reads.incrementAndGet();
            return registry.existingFamilyTerritory(1, LocalDate.now());
        });
        var again = kept.get(1L, () -> {
            reads.incrementAndGet();
            return registry.existingFamilyTerritory(1, LocalDate.now());
        });
        assertThat(again).isSameAs(first);
        assertThat(reads).hasValue(1);

        // A statement that changes nothing of family 1 still changes a table it depends on: read again.
        jdbc.sql("update family set id = id where id = -1").update();
        kept.get(1L, () -> {
            reads.incrementAndGet();
            return registry.existingFamilyTerritory(1, LocalDate.now());
        });
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_family_moved_to_another_district_is_refused_to_the_old_districts_consultant_at_once() throws Exception {
        String district = jdbc.sql("select district_id from family_address where family_id = 1 and valid_to is null")
                .query(String.class).single();
        String region = jdbc.sql("select region_code from family_address where family_id = 1 and valid_to is null")
                .query(String.class).single();
        String elsewhere = jdbc.sql("select id from district where region_code <> :region order by id limit 1")
                .param("region", region).query(String.class).single();
        String elsewhereRegion = jdbc.sql("select region_code from district where id = :id").param("id", elsewhere)
                .query(String.class).single();
        String consultant = "consultant.sko";
        for (int round = 0; round < 20; round++) {
            // Read (and keep) the card, move the family, read again at once: the move is always seen.
            mvc.perform(get("/api/families/1").header("X-Purpose", "entitlement-check")
                            .with(httpBasic(consultant, "shanyraq-demo")))
                    .andExpect(status().isOk());
            move(elsewhereRegion, elsewhere);
            try {
                mvc.perform(get("/api/families/1").header("X-Purpose", "entitlement-check")
                                .with(httpBasic(consultant, "shanyraq-demo")))
                        .andExpect(status().isForbidden());
            } finally {
                move(region, district);
            }
        }
    }

    private void move(String region, String district) {
        jdbc.sql("update family_address set region_code = :region, district_id = :district "
                        + "where family_id = 1 and valid_to is null")
                .param("region", region).param("district", district).update();
    }
}
