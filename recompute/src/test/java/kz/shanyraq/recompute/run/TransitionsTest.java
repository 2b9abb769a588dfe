package kz.shanyraq.recompute.run;

import kz.shanyraq.recompute.TestRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TransitionsTest {

    @Test
    @DisplayName("Families that moved to a better-off category count as up, to a needier one as down, per region and district;"
            + " a family new or unscored before moves from none")
    void transitionsAreCountedPerRegionAndDistrict() throws Exception {
        try (Connection c = TestRegistry.dataSource().getConnection()) {
            kz.shanyraq.db.RegistrySchema.migrate(TestRegistry.dataSource());
            RunLedger.lock(c);
            try {
                RunLedger.abandonDeadRuns(c);
                // Run A (published): five families of Petropavl and Kyzylzhar.
                long a = handBuiltRun(c, Map.of(1L, 3, 2L, 3, 3L, 2, 4L, 5, 5L, 1, 7L, 4));
                Publication.publish(c, a, new RunReport(a, LocalDate.of(2026, 10, 1), 5, 10, 1, 0, 0, 0, 0, "test"));
                // Run B: family 1 up 3→4 and family 3 down 2→1 in KZ-59-01; family 4 down 5→2 in KZ-59-02;
                // family 2 unchanged; family 5 unchanged; family 6 new (no previous category); family 7 not scored
                // now (4 → none); family 8 not scored now nor before (no transition).
                Map<Long, Integer> now = new java.util.TreeMap<>(Map.of(1L, 4, 2L, 3, 3L, 1, 4L, 2, 5L, 1, 6L, 6));
                now.put(7L, null);
                now.put(8L, null);
                long b = handBuiltRun(c, now);
                // as the run's evaluators do: each family compared with the published run while it is evaluated;
                // the published categories arrive (read in the background) after the first four families
                java.util.concurrent.CompletableFuture<PreviousCategories> published = new java.util.concurrent.CompletableFuture<>();
                NationalRecompute.ResultRows rows = new NationalRecompute.ResultRows(b, published);
                int k = 0;
                for (var e : now.entrySet()) {
                    if (k++ == 4) {
                        published.complete(PreviousCategories.read(c, Publication.resultTable(a)));
                    }
                    rows.transition(e.getKey(), "KZ-59", district(e.getKey()),
                            new FamilyOutcome(e.getValue(), null, new short[0], new long[0], new short[0]));
                }
                rows.finish();
                c.setAutoCommit(false);
                Publication.recordTransitions(c, b, List.of(rows.takeTransitions()));
                c.commit();
                c.setAutoCommit(true);

                List<String> stored = rows(c, "select family_id || ':' || coalesce(from_category::text, '-') || '>'"
                        + " || coalesce(to_category::text, '-') from recompute_transition where run_id = " + b + " order by family_id");
                assertThat(stored).containsExactly("1:3>4", "3:2>1", "4:5>2", "6:->6", "7:4>-");
                List<String> counts = rows(c, "select district_id || ' up ' || up || ' down ' || down"
                        + " from recompute_transition_count where run_id = " + b + " order by district_id");
                assertThat(counts).containsExactly("KZ-59-01 up 1 down 1", "KZ-59-02 up 0 down 1");
            } finally {
                try (Statement s = c.createStatement()) {
                    c.setAutoCommit(true);
                    s.execute("update recompute_run set status = 'failed' where status = 'running'");
                    s.execute("select pg_advisory_unlock(" + RunLedger.LOCK + ")");
                }
            }
        }
    }

    /** A run whose results are the given categories; odd families live in KZ-59-01, even ones in KZ-59-02. */
    private static long handBuiltRun(Connection c, Map<Long, Integer> categories) throws Exception {
        long run = RunLedger.start(c, LocalDate.of(2026, 10, 1), categories.size(), "test", List.of("reference@test"),
                List.of("m"));
        try (Statement s = c.createStatement()) {
            s.execute("create table " + Publication.resultTable(run) + " (like recompute_result_template including all)");
            for (var e : categories.entrySet()) {
                s.execute("insert into " + Publication.resultTable(run) + " values (" + e.getKey() + ", 'KZ-59', '"
                        + district(e.getKey()) + "', 2, " + e.getValue()
                        + ", null, '{}', '{}', '{}')");
            }
        }
        return run;
    }

    private static String district(long family) {
        return family % 2 == 1 ? "KZ-59-01" : "KZ-59-02";
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
