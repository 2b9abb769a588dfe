package kz.shanyraq.recompute.registry;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.recompute.TestRegistry;
import kz.shanyraq.recompute.run.NationalRecompute;
import kz.shanyraq.recompute.run.Publication;
import kz.shanyraq.recompute.run.RunReport;
import kz.shanyraq.synth.SyntheticCountry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registry writes after a run reach the next run: the triggers mark the families they touch, the next run
 * re-encodes only those, and its results equal those of the slow path (the registry's tables read directly) — and
 * differ from the first run's where the writes change a right. A family written after the refresh (while a run
 * reads) is read through the slow path, never from its stale row.
 */
class FamilySnapshotKeptCurrentTest {

    private static final LocalDate ON = TestRegistry.ON;

    @Test
    @DisplayName("after incomes, memberships, disabilities and addresses change, the next run equals the slow path;"
            + " a snapshot of an older format is rebuilt by the next run")
    void theNextRunReflectsRegistryWrites(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0)) {
            DataSource ds = db.dataSource();
            SyntheticCountry.load(ds, 0.0005, 11);
            NationalRecompute.Options options = NationalRecompute.Options.defaults(ON).withThreads(2);
            RunReport first = NationalRecompute.run(ds, ON, options);
            assertThat(count(ds, "select count(*) from family_snapshot")).isEqualTo(first.families());
            assertThat(count(ds, "select count(*) from family_snapshot_state where complete")).isEqualTo(1);

            long written = write(ds);
            long stale = count(ds, "select count(*) from family_snapshot_stale");
            assertThat(stale).as("families marked stale").isGreaterThanOrEqualTo(100).isLessThan(first.families());

            // A run reading now (no refresh) reads the stale families through the slow path.
            FamilySnapshotTest.assertSameAsSlowPath(ds, ON);

            RunReport fast = NationalRecompute.run(ds, ON, options);
            assertThat(count(ds, "select count(*) from family_snapshot_stale")).isZero();
            FamilySnapshotTest.assertSameAsSlowPath(ds, ON);
            // The writes mattered: a run on stale rows would have repeated the first run's results.
            assertThat(count(ds, "select count(*) from " + Publication.resultTable(fast.runId()) + " n left join "
                    + Publication.resultTable(first.runId()) + " o using (family_id)"
                    + " where o.family_id is null or (o.region_code, o.persons, o.entitled, o.amounts)"
                    + " is distinct from (n.region_code, n.persons, n.entitled, n.amounts)"))
                    .as("families whose results changed").isGreaterThanOrEqualTo(30);
            RunReport slow = NationalRecompute.run(ds, ON, options.withFamilySnapshot(false));
            assertThat(fast.families()).isEqualTo(slow.families()).isEqualTo(first.families() + written);
            assertThat(fast.persons()).isEqualTo(slow.persons());

            String f = Publication.resultTable(fast.runId());
            String s = Publication.resultTable(slow.runId());
            String columns = "family_id, region_code, district_id, persons, category, level_2023, entitled, amounts, undetermined";
            assertThat(count(ds, "select count(*) from (select " + columns + " from " + f + " except select "
                    + columns + " from " + s + ") d")).as("rows of the snapshot's run not in the slow path's").isZero();
            assertThat(count(ds, "select count(*) from (select " + columns + " from " + s + " except select "
                    + columns + " from " + f + ") d")).as("rows of the slow path's run not in the snapshot's").isZero();

            // A snapshot left in format 1 by the previous release: the next run rebuilds it whole, then reads it.
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("update family_snapshot set facts = set_byte(facts, 0, 1)");
                st.execute("update family_snapshot_state set format = 1");
            }
            RunReport rebuilt = NationalRecompute.run(ds, ON, options);
            assertThat(count(ds, "select count(*) from family_snapshot_state where complete and format = "
                    + FamilyFacts.VERSION)).isEqualTo(1);
            assertThat(count(ds, "select count(*) from family_snapshot where get_byte(facts, 0) <> "
                    + FamilyFacts.VERSION)).as("rows left in format 1").isZero();
            String r = Publication.resultTable(rebuilt.runId());
            assertThat(rebuilt.families()).isEqualTo(slow.families());
            assertThat(count(ds, "select count(*) from ((select " + columns + " from " + r + " except select "
                    + columns + " from " + s + ") union all (select " + columns + " from " + s + " except select "
                    + columns + " from " + r + ")) d")).as("rows differing after the rebuild").isZero();

        }
    }

    /** Writes through SQL as the registry's writers do; returns how many families were added. */
    private static long write(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // 5 M tenge of wages in the quarter before for every member of 40 families: no means-tested right
            s.executeUpdate("""
                    insert into income (person_id, month, type, source, amount)
                    select m.person_id, date '2026-08-01', 'wage', 'snapshot-test', 5000000 from family_member m
                     where m.valid_to is null and m.family_id in (select id from family order by id limit 40)
                    on conflict do nothing""");
            // children leave 30 other families a month before the date
            s.executeUpdate("""
                    update family_member set valid_to = date '2026-09-01'
                     where relation = 'child' and valid_to is null
                       and family_id in (select id from family order by id offset 40 limit 30)""");
            // heads of 30 other families get a group 1 disability
            s.executeUpdate("""
                    insert into disability (person_id, grp, cause, work_capacity_loss_percent, valid_from)
                    select m.person_id, 1, 'general-illness', 90, date '2026-05-01' from family_member m
                     where m.relation = 'head' and m.valid_to is null
                       and m.family_id in (select id from family order by id offset 70 limit 30)
                    on conflict do nothing""");
            // 30 other families move to another region (a new address in force from the summer)
            s.executeUpdate("""
                    insert into family_address (family_id, region_code, district_id, locality, valid_from)
                    select id, 'KZ-11', null, 'rural', date '2026-07-01' from family
                     where id in (select id from family order by id offset 100 limit 30)
                    on conflict do nothing""");
            // a new family of one, registered after the first run
            s.executeUpdate("""
                    insert into person (id, iin, birth_date, sex) values (999000001, '900101399991', '1990-01-01', 'F');
                    insert into person_status (person_id, status, valid_from) values (999000001, 'citizen', '1990-01-01');
                    insert into family (id, created_on) values (999000001, '2026-06-01');
                    insert into family_address (family_id, region_code, locality, valid_from)
                         values (999000001, 'KZ-75', 'urban', '2026-06-01');
                    insert into family_member (family_id, person_id, relation, valid_from)
                         values (999000001, 999000001, 'head', '2026-06-01');
                    insert into income (person_id, month, type, source, amount)
                         values (999000001, '2026-07-01', 'wage', 'snapshot-test', 40000)""");
            return 1;
        }
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
