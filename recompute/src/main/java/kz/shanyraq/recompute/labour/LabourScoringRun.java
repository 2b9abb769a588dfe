package kz.shanyraq.recompute.labour;

import kz.shanyraq.law.labour.EnterpriseRisk;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.law.labour.LabourRiskModel;
import kz.shanyraq.law.labour.ScoreResult;
import kz.shanyraq.law.labour.ScoringDay;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scores every enterprise active on a day and publishes the result as a run (docs/labour-risk.md): the facts are
 * read in one snapshot, scored on all cores by the law's {@link EnterpriseScoring}, written with COPY (each score
 * with its indicators' values and points: the explanation), compared with the run published before (entered or
 * left the highest band), then published by flipping the statuses in one short transaction. DML only.
 */
public final class LabourScoringRun {

    /** What a run did. */
    public record Report(long runId, LocalDate asOf, int enterprises, Map<String, Integer> high,
                         Map<String, Integer> enteredHigh, Map<String, Integer> leftHigh,
                         double readSeconds, double scoreSeconds, double writeSeconds, double publishSeconds) {
        public double seconds() {
            return readSeconds + scoreSeconds + writeSeconds + publishSeconds;
        }
    }

    private final DataSource dataSource;
    private final EnterpriseScoring scoring;

    public LabourScoringRun(DataSource dataSource, EnterpriseScoring scoring) {
        this.dataSource = dataSource;
        this.scoring = scoring;
    }

    public Report run(LocalDate asOf, String startedBy) throws SQLException {
        ScoringDay day = scoring.on(asOf);
        LabourRiskModel.Version version = day.version();
        List<LabourRiskModel.Score> scores = version.scores();
        long runId;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            runId = startRun(c, asOf, day, startedBy);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                long t0 = System.nanoTime();
                EnterpriseFactsReader.Enterprises enterprises = EnterpriseFactsReader.read(c, asOf);
                Map<String, byte[]> previous = previousBands(c, scores.size());
                long t1 = System.nanoTime();
                int n = enterprises.size();
                EnterpriseRisk[] risks = new EnterpriseRisk[n];
                IntStream.range(0, n).parallel().forEach(i -> risks[i] = day.score(enterprises.facts()[i]));
                long t2 = System.nanoTime();
                Map<String, Integer> high = new HashMap<>();
                Map<String, Integer> entered = new HashMap<>();
                Map<String, Integer> left = new HashMap<>();
                List<String[]> transitions = new ArrayList<>();
                for (int s = 0; s < scores.size(); s++) {
                    high.put(scores.get(s).code(), 0);
                    entered.put(scores.get(s).code(), 0);
                    left.put(scores.get(s).code(), 0);
                }
                copyScores(c, runId, enterprises, risks);
                for (int i = 0; i < n; i++) {
                    byte[] before = previous.remove(enterprises.bins()[i]);
                    for (int s = 0; s < scores.size(); s++) {
                        ScoreResult r = risks[i].scores().get(s);
                        int top = scores.get(s).bands().size() - 1;
                        String code = scores.get(s).code();
                        if (r.isHigh()) {
                            high.merge(code, 1, Integer::sum);
                        }
                        boolean wasHigh = before != null && before[s] == top;
                        if (r.isHigh() != wasHigh) {
                            transitions.add(new String[]{enterprises.bins()[i], code, enterprises.regions()[i],
                                    before == null ? null : String.valueOf(before[s]), String.valueOf(r.bandIndex()),
                                    r.isHigh() ? "entered-high" : "left-high"});
                            (r.isHigh() ? entered : left).merge(code, 1, Integer::sum);
                        }
                    }
                }
                writeTransitions(c, runId, transitions);
                long t3 = System.nanoTime();
                publish(c, runId, n, t0, t1, t2, t3);
                c.commit();
                long t4 = System.nanoTime();
                return new Report(runId, asOf, n, high, entered, left, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                        (t3 - t2) / 1e9, (t4 - t3) / 1e9);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                markFailed(runId, e);
                throw e;
            }
        }
    }

    private static long startRun(Connection c, LocalDate asOf, ScoringDay day, String startedBy) throws SQLException {
        StringBuilder indicators = new StringBuilder("{");
        List<String> codes = new ArrayList<>();
        for (LabourRiskModel.Score s : day.version().scores()) {
            codes.add(s.code());
            if (indicators.length() > 1) {
                indicators.append(',');
            }
            indicators.append('"').append(s.code()).append("\":[");
            for (int i = 0; i < s.indicators().size(); i++) {
                indicators.append(i > 0 ? "," : "").append('"').append(s.indicators().get(i).code()).append('"');
            }
            indicators.append(']');
        }
        indicators.append('}');
        try (PreparedStatement ps = c.prepareStatement("""
                insert into labour_scoring_run (as_of, status, model_id, model_status, model_version_from, scores,
                                                indicators, started_by)
                values (?, 'running', ?, ?, ?, ?, ?::jsonb, ?) returning id""")) {
            ps.setObject(1, asOf);
            ps.setString(2, day.model().id());
            ps.setString(3, day.model().status());
            ps.setObject(4, day.version().from());
            ps.setArray(5, c.createArrayOf("text", codes.toArray()));
            ps.setString(6, indicators.toString());
            ps.setString(7, startedBy);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** BIN → band index per score in the published run (empty when none is published). */
    private static Map<String, byte[]> previousBands(Connection c, int scores) throws SQLException {
        Map<String, byte[]> bands = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select s.bin, s.bands from labour_score s
                join labour_scoring_run r on r.id = s.run_id and r.status = 'published'""")) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Short[] b = (Short[]) rs.getArray(2).getArray();
                    byte[] out = new byte[scores];
                    for (int s = 0; s < scores && s < b.length; s++) {
                        out[s] = b[s].byteValue();
                    }
                    bands.put(rs.getString(1), out);
                }
            }
        }
        return bands;
    }

    private static void copyScores(Connection c, long runId, EnterpriseFactsReader.Enterprises e,
                                   EnterpriseRisk[] risks) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy labour_score (run_id, bin, region_code, district_id, headcount, totals, bands, triggers, points, feature_values)
                from stdin""");
        try {
            StringBuilder sb = new StringBuilder(1 << 16);
            for (int i = 0; i < e.size(); i++) {
                EnterpriseRisk risk = risks[i];
                sb.append(runId).append('\t').append(e.bins()[i]).append('\t').append(e.regions()[i]).append('\t')
                        .append(e.districts()[i] == null ? "\\N" : e.districts()[i]).append('\t')
                        .append(e.facts()[i].headcount()).append('\t');
                List<ScoreResult> rs = risk.scores();
                array(sb, rs.size(), s -> String.valueOf(rs.get(s).total())).append('\t');
                array(sb, rs.size(), s -> String.valueOf(rs.get(s).bandIndex())).append('\t');
                array(sb, rs.size(), s -> String.valueOf(rs.get(s).trigger().isPresent()
                        ? rs.get(s).definition().triggers().indexOf(rs.get(s).trigger().get()) : -1)).append('\t');
                sb.append('{');
                boolean first = true;
                for (ScoreResult r : rs) {
                    for (int k = 0; k < r.definition().indicators().size(); k++) {
                        sb.append(first ? "" : ",").append(r.points(k));
                        first = false;
                    }
                }
                sb.append("}\t{");
                first = true;
                for (ScoreResult r : rs) {
                    for (int k = 0; k < r.definition().indicators().size(); k++) {
                        long v = r.value(k);
                        sb.append(first ? "" : ",").append(v == kz.shanyraq.law.labour.LabourFeature.NO_DATA ? "NULL" : String.valueOf(v));
                        first = false;
                    }
                }
                sb.append("}\n");
                if (sb.length() > 60_000) {
                    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    sb.setLength(0);
                }
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static StringBuilder array(StringBuilder sb, int n, java.util.function.IntFunction<String> item) {
        sb.append('{');
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? "," : "").append(item.apply(i));
        }
        return sb.append('}');
    }

    private static void writeTransitions(Connection c, long runId, List<String[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into labour_score_transition (run_id, bin, score, region_code, from_band, to_band, kind)
                values (?, ?, ?, ?, ?::smallint, ?::smallint, ?)""")) {
            int pending = 0;
            for (String[] r : rows) {
                ps.setLong(1, runId);
                for (int k = 0; k < r.length; k++) {
                    ps.setString(k + 2, r[k]);
                }
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void publish(Connection c, long runId, int n, long t0, long t1, long t2, long t3) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update labour_scoring_run set status = 'superseded' where status = 'published'")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update labour_scoring_run set status = 'published', finished_at = now(), enterprises = ?,
                       timings = ?::jsonb where id = ?""")) {
            ps.setInt(1, n);
            ps.setString(2, String.format(java.util.Locale.ROOT, "{\"read\": %.2f, \"score\": %.2f, \"write\": %.2f}",
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9));
            ps.setLong(3, runId);
            ps.executeUpdate();
        }
    }

    private void markFailed(long runId, Exception e) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "update labour_scoring_run set status = 'failed', finished_at = now(), failure = ? where id = ?")) {
            c.setAutoCommit(true);
            ps.setString(1, String.valueOf(e.getMessage()));
            ps.setLong(2, runId);
            ps.executeUpdate();
        } catch (SQLException ignored) {
            e.addSuppressed(ignored);
        }
    }
}
