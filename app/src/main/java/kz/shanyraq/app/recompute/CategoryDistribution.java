package kz.shanyraq.app.recompute;

import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Families per category per region and district for a run, cut to what the reader may see: national users every
 * region (or the districts of a chosen one), a region's staff the districts of their region, a district's staff
 * their district. Counts of a finished run never change, so they are read once per run and kept.
 */
@Service
public class CategoryDistribution {

    private final JdbcClient jdbc;
    private final RecomputeRuns runs;
    private final Map<Long, Counts> counts = new ConcurrentHashMap<>();

    /** Raw counts of a run: per (region, district), families per category (index 0 = none) and up/down. */
    private record Counts(Map<Territory, long[]> categories, Map<Territory, long[]> moves) {
    }

    CategoryDistribution(JdbcClient jdbc, RecomputeRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /**
     * The distribution of a run for a reader.
     *
     * @param region a region to see by district; null for the regions (national readers only)
     * @throws RunResultsException when the run is unknown, has no results (running, failed) or they were dropped
     * @throws OutsideTerritoryException when a region is asked outside the reader's scope
     */
    public Distribution of(long runId, String region, ShanyraqUser reader) {
        RecomputeRun run = runs.byId(runId).orElseThrow(() -> new RunResultsException("no-run",
                "no recompute run " + runId));
        Territory scope = reader.scope();
        if (scope != null) {
            if (region != null && !region.equals(scope.region())) {
                throw new OutsideTerritoryException(region);
            }
            region = scope.region();
        }
        Counts c = counts.computeIfAbsent(runId, id -> read(run));
        Map<String, long[][]> rows = new TreeMap<>();
        String chosen = region;
        c.categories().forEach((t, n) -> add(rows, t, chosen, scope, n, 0));
        c.moves().forEach((t, n) -> add(rows, t, chosen, scope, n, 1));
        List<Distribution.Row> out = new ArrayList<>();
        rows.forEach((key, v) -> {
            long[] cats = v[0] == null ? new long[Distribution.CATEGORIES + 1] : v[0];
            long[] moves = v[1] == null ? new long[2] : v[1];
            long[] byCategory = new long[Distribution.CATEGORIES];
            System.arraycopy(cats, 1, byCategory, 0, Distribution.CATEGORIES);
            String[] parts = key.split("\\|", -1);
            out.add(Distribution.Row.of(parts[0].isEmpty() ? null : parts[0],
                    parts[1].isEmpty() ? null : parts[1], byCategory, cats[0], moves[0], moves[1]));
        });
        return new Distribution(run, region, out);
    }

    /** Adds a (region, district) count into the row it belongs to for this view, if the reader sees it. */
    private static void add(Map<String, long[][]> rows, Territory t, String region, Territory scope, long[] n,
                            int which) {
        if (scope != null && !scope.includes(t)) {
            return;
        }
        String key;
        if (region == null) {
            key = Objects.toString(t.region(), "") + "|";
        } else if (region.equals(t.region())) {
            key = region + "|" + Objects.toString(t.district(), "");
        } else {
            return;
        }
        long[][] row = rows.computeIfAbsent(key, k -> new long[2][]);
        if (row[which] == null) {
            row[which] = new long[n.length];
        }
        for (int i = 0; i < n.length; i++) {
            row[which][i] += n[i];
        }
    }

    private Counts read(RecomputeRun run) {
        if (!"published".equals(run.status()) && !"superseded".equals(run.status())) {
            throw new RunResultsException("no-results", "run " + run.id() + " is " + run.status()
                    + ": it has no results");
        }
        String table = "recompute_result_" + run.id();
        boolean kept = jdbc.sql("select to_regclass(:t) is not null").param("t", table).query(Boolean.class).single();
        if (!kept) {
            throw new RunResultsException("results-dropped", "the results of run " + run.id()
                    + " are no longer kept (only the published run and the one before it are)");
        }
        Map<Territory, long[]> categories = new java.util.HashMap<>();
        // The table name comes from the run's numeric id, never from the request.
        jdbc.sql("select region_code, district_id, coalesce(category, 0) as category, count(*) as n from " + table
                        + " group by 1, 2, 3")
                .query(rs -> {
                    Territory t = new Territory(rs.getString(1), rs.getString(2));
                    categories.computeIfAbsent(t, k -> new long[Distribution.CATEGORIES + 1])[rs.getInt(3)] +=
                            rs.getLong(4);
                });
        Map<Territory, long[]> moves = new java.util.HashMap<>();
        jdbc.sql("select region_code, district_id, sum(up) as up, sum(down) as down from recompute_transition_count "
                        + "where run_id = :run group by 1, 2").param("run", run.id())
                .query(rs -> {
                    Territory t = new Territory(rs.getString(1), rs.getString(2));
                    long[] m = moves.computeIfAbsent(t, k -> new long[2]);
                    m[0] += rs.getLong(3);
                    m[1] += rs.getLong(4);
                });
        return new Counts(categories, moves);
    }
}
