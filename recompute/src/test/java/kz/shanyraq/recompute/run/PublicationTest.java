package kz.shanyraq.recompute.run;

import kz.shanyraq.recompute.TestRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationTest {

    private final DataSource ds = TestRegistry.dataSource();

    @Test
    @DisplayName("A recompute publishes one result per family, and the next run supersedes it: always exactly one published run")
    void eachRunReplacesThePublishedOneWhole() throws Exception {
        RunReport first = NationalRecompute.run(ds, TestRegistry.ON, NationalRecompute.Options.defaults(TestRegistry.ON));
        assertThat(first.families()).isEqualTo(count("select count(*) from family"));
        assertThat(first.persons()).isPositive();
        assertThat(count("select count(*) from published_family_result where run_id = " + first.runId()))
                .isEqualTo(first.families());
        // The law gives rights to many families of a country (the synthetic one is calibrated to real take-up).
        assertThat(count("select count(*) from published_family_result where cardinality(entitled) > 0")).isPositive();

        RunReport second = NationalRecompute.run(ds, TestRegistry.ON, NationalRecompute.Options.defaults(TestRegistry.ON));
        assertThat(count("select count(*) from recompute_run where status = 'published'")).isEqualTo(1);
        assertThat(count("select id from recompute_run where status = 'published'")).isEqualTo(second.runId());
        assertThat(count("select count(*) from recompute_run where id = " + first.runId() + " and status = 'superseded'"))
                .isEqualTo(1);
        assertThat(count("select count(distinct run_id) from published_family_result")).isEqualTo(1);
        assertThat(count("select min(run_id) from published_family_result")).isEqualTo(second.runId());
        // Same registry, same law: the same answers.
        assertThat(count("select count(*) from " + Publication.resultTable(first.runId()) + " a join "
                + Publication.resultTable(second.runId()) + " b using (family_id) where a.entitled <> b.entitled"
                + " or a.amounts <> b.amounts")).isZero();
    }

    @Test
    @DisplayName("The transitions a run stores while it evaluates are exactly the families whose category differs from"
            + " the published run's, as a join of the two runs' results finds them")
    void transitionsAreWhatAJoinOfTheTwoRunsFinds() throws Exception {
        RunReport first = NationalRecompute.run(ds, TestRegistry.ON, NationalRecompute.Options.defaults(TestRegistry.ON));
        // As if the published run had scored some families otherwise (or not at all).
        execute("update " + Publication.resultTable(first.runId()) + " set category = case when family_id % 3 = 0"
                + " then null else 1 + category % 6 end where family_id % 5 = 0");
        RunReport second = NationalRecompute.run(ds, TestRegistry.ON, NationalRecompute.Options.defaults(TestRegistry.ON));

        String n = Publication.resultTable(second.runId());
        String p = Publication.resultTable(first.runId());
        long moved = count("select count(*) from " + n + " n left join " + p + " p using (family_id)"
                + " where n.category is distinct from p.category");
        assertThat(moved).isPositive();
        assertThat(count("select count(*) from recompute_transition where run_id = " + second.runId())).isEqualTo(moved);
        assertThat(count("select count(*) from recompute_transition t join " + n + " n using (family_id) left join " + p
                + " p using (family_id) where t.run_id = " + second.runId() + " and (t.from_category is distinct from"
                + " p.category or t.to_category is distinct from n.category or t.region_code is distinct from"
                + " n.region_code or t.district_id is distinct from n.district_id)")).isZero();
        assertThat(count("select coalesce(sum(up + down), 0) from recompute_transition_count where run_id = "
                + second.runId())).isEqualTo(count("select count(*) from recompute_transition where run_id = "
                + second.runId() + " and from_category is not null and to_category is not null"));
    }

    @Test
    @DisplayName("Where the server's analytics are in use, a superseded run they have not captured keeps its results"
            + " while it is the latest run of its month (published while the server was down), and loses them once"
            + " captured or once a later run of its month exists")
    void uncapturedRunsKeepTheirResultsUntilCaptured() throws Exception {
        RunReport inUse = run(TestRegistry.ON);
        capture(inUse);
        RunReport august = run(TestRegistry.ON.minusMonths(2));
        run(TestRegistry.ON.minusMonths(1));
        run(TestRegistry.ON);
        assertThat(kept(august)).as("two runs later, not captured, the last of August: kept").isTrue();

        capture(august);
        run(TestRegistry.ON);
        assertThat(kept(august)).as("captured: dropped by the next publication").isFalse();

        RunReport september = run(TestRegistry.ON.minusMonths(1));
        RunReport septemberAgain = run(TestRegistry.ON.minusMonths(1));
        run(TestRegistry.ON);
        run(TestRegistry.ON);
        assertThat(kept(september)).as("a later run of September exists: dropped though not captured").isFalse();
        assertThat(kept(septemberAgain)).as("the last of September, not captured: kept").isTrue();
    }

    @Test
    @DisplayName("A registry whose results no server's analytics ever captured (the command line only) keeps no"
            + " superseded run's results but the last one")
    void withoutAnalyticsOldResultsAreDropped() throws Exception {
        execute("delete from analytics_run");
        RunReport first = run(TestRegistry.ON);
        run(TestRegistry.ON.minusMonths(1));
        run(TestRegistry.ON.minusMonths(2));
        run(TestRegistry.ON);
        assertThat(kept(first)).as("three runs later, no analytics in use").isFalse();
    }

    private RunReport run(java.time.LocalDate on) {
        return NationalRecompute.run(ds, on, NationalRecompute.Options.defaults(on));
    }

    private void capture(RunReport run) throws SQLException {
        execute("insert into analytics_run (run_id, as_of, month, families) values (" + run.runId() + ", date '"
                + run.on() + "', date '" + run.on().withDayOfMonth(1) + "', 0)");
    }

    private boolean kept(RunReport run) throws SQLException {
        return count("select count(*) from pg_class where relname = '" + Publication.resultTable(run.runId()) + "'")
                == 1;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
