package kz.shanyraq.recompute.run;

import kz.shanyraq.law.coverage.CoverageGap;
import kz.shanyraq.law.coverage.CoverageVerdict;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run published with {@code --allow-partial} on a date its data does not fully cover: why (each measure or the
 * scoring whose facts lie outside their source's coverage, in {@code recompute_coverage_gap}) and how many families
 * each left undetermined per region ({@code recompute_undetermined}), for the run summary and its page.
 */
final class PartialRun {

    /** The subject of the well-being scoring's gap (category and level). */
    static final String WELLBEING = "wellbeing";

    private PartialRun() {
    }

    /** Stores the verdict's gaps for the run (nothing for a complete verdict). */
    static void recordGaps(Connection c, long run, CoverageVerdict verdict) throws SQLException {
        if (verdict.complete()) {
            return;
        }
        Map<String, CoverageGap> gaps = new LinkedHashMap<>();
        verdict.wellbeing().ifPresent(g -> gaps.put(WELLBEING, g));
        gaps.putAll(verdict.measureGaps());
        try (PreparedStatement p = c.prepareStatement("insert into recompute_coverage_gap"
                + " (run_id, subject, reason_ru, reason_kk, reason_en) values (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, CoverageGap> e : gaps.entrySet()) {
                p.setLong(1, run);
                p.setString(2, e.getKey());
                p.setString(3, e.getValue().reason().ru());
                p.setString(4, e.getValue().reason().kk());
                p.setString(5, e.getValue().reason().en());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The run's gaps: subject → English reason, in the order stored (empty for a complete run). */
    static Map<String, String> gaps(Connection c, long run) throws SQLException {
        Map<String, String> gaps = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "select subject, reason_en from recompute_coverage_gap where run_id = ? order by subject")) {
            p.setLong(1, run);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    gaps.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return gaps;
    }

    /**
     * For a run with gaps, counts per measure and region the families its results leave undetermined (and, when the
     * scoring had a gap, those without a category), stores and returns them; nothing for a complete run (one scan of
     * the run's results only when partial).
     */
    static List<RunReport.UndeterminedCount> countUndetermined(Connection c, long run) throws SQLException {
        Map<String, String> gaps = gaps(c, run);
        List<RunReport.UndeterminedCount> out = new ArrayList<>();
        if (gaps.isEmpty()) {
            return out;
        }
        String results = Publication.resultTable(run);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("""
                    insert into recompute_undetermined (run_id, measure, region_code, families)
                    select %1$d, r.measures[u.k + 1], t.region_code, count(*)
                      from %2$s t cross join lateral unnest(t.undetermined) as u(k)
                      cross join (select measures from recompute_run where id = %1$d) r
                     group by 2, 3""".formatted(run, results));
            if (gaps.containsKey(WELLBEING)) {
                s.executeUpdate("""
                        insert into recompute_undetermined (run_id, measure, region_code, families)
                        select %1$d, '%3$s', region_code, count(*) from %2$s where category is null
                         group by region_code""".formatted(run, results, WELLBEING));
            }
            try (ResultSet rs = s.executeQuery("select measure, region_code, families from recompute_undetermined"
                    + " where run_id = " + run + " order by measure, region_code")) {
                while (rs.next()) {
                    out.add(new RunReport.UndeterminedCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }
}
