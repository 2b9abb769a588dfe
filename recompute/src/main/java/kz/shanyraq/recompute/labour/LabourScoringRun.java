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
    private final int readers;

    public LabourScoringRun(DataSource dataSource, EnterpriseScoring scoring) {
        this(dataSource, scoring, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** @param readers connections reading the facts at once (1: the run's own connection only) */
    public LabourScoringRun(DataSource dataSource, EnterpriseScoring scoring, int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be at least 1, not " + readers);
        }
        this.dataSource = dataSource;
        this.scoring = scoring;
        this.readers = readers;
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
                Map<String, byte[]> previous = previousBands(c, scores.size());
                EnterpriseFactsReader.Enterprises enterprises = EnterpriseFactsReader.read(dataSource, c, asOf, readers);
                long t1 = System.nanoTime();
                int n = enterprises.size();
                EnterpriseRisk[] risks = new EnterpriseRisk[n];
                byte[][] rows = new byte[n][];
                IntStream.range(0, n).parallel().forEach(i -> {
                    risks[i] = day.score(enterprises.facts()[i]);
                    rows[i] = scoreRow(runId, enterprises, i, risks[i]);
                });
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
                copyScores(c, rows);
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
        StringBuilder columns = new StringBuilder();
        for (int s = 1; s <= scores; s++) {
            columns.append(", coalesce(s.bands[").append(s).append("], -1)");
        }
        CopyRows.each(c, "select s.bin" + columns + " from labour_score s"
                + " join labour_scoring_run r on r.id = s.run_id and r.status = 'published'", line -> {
            byte[] out = new byte[scores];
            for (int s = 0; s < scores; s++) {
                out[s] = (byte) line.integer(s + 1);
            }
            bands.put(line.text(0), out);
        });
        return bands;
    }

    /** PostgreSQL's binary COPY header: signature, flags, header extension length. */
    private static final byte[] BINARY_HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    private static final int INT2_OID = 21;

    /**
     * One enterprise's row of {@code labour_score} in PostgreSQL's binary COPY format: run, BIN, region, district,
     * workers, per score total, band and trigger (smallint arrays), and the explanation kept compactly
     * ({@link KeptExplanation}); the two arrays of earlier runs stay null.
     */
    private static byte[] scoreRow(long runId, EnterpriseFactsReader.Enterprises e, int i, EnterpriseRisk risk) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(160);
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            List<ScoreResult> rs = risk.scores();
            out.writeShort(9);  // fields
            out.writeInt(8);
            out.writeLong(runId);
            text(out, e.bins()[i]);
            text(out, e.regions()[i]);
            text(out, e.districts()[i]);
            out.writeInt(4);
            out.writeInt(e.facts()[i].headcount());
            short[] totals = new short[rs.size()];
            short[] bands = new short[rs.size()];
            short[] triggers = new short[rs.size()];
            for (int s = 0; s < rs.size(); s++) {
                ScoreResult r = rs.get(s);
                totals[s] = (short) r.total();
                bands[s] = (short) r.bandIndex();
                triggers[s] = (short) (r.trigger().isPresent() ? r.definition().triggers().indexOf(r.trigger().get()) : -1);
            }
            smallints(out, totals);
            smallints(out, bands);
            smallints(out, triggers);
            java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(64);
            KeptExplanation.write(kept, risk);
            out.writeInt(kept.size());
            kept.writeTo(out);
            out.flush();
            return bytes.toByteArray();
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    private static void text(java.io.DataOutputStream out, String value) throws java.io.IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** A one-dimensional smallint[] in the binary array format. */
    private static void smallints(java.io.DataOutputStream out, short[] values) throws java.io.IOException {
        out.writeInt(20 + values.length * 6);
        out.writeInt(1);         // dimensions
        out.writeInt(0);         // no nulls
        out.writeInt(INT2_OID);
        out.writeInt(values.length);
        out.writeInt(1);         // lower bound
        for (short v : values) {
            out.writeInt(2);
            out.writeShort(v);
        }
    }

    private static void copyScores(Connection c, byte[][] rows) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy labour_score (run_id, bin, region_code, district_id, headcount, totals, bands, triggers, explanation)
                from stdin (format binary)""");
        try {
            byte[] buffer = new byte[1 << 18];
            System.arraycopy(BINARY_HEADER, 0, buffer, 0, BINARY_HEADER.length);
            int used = BINARY_HEADER.length;
            for (byte[] row : rows) {
                if (used + row.length + 2 > buffer.length) {
                    copy.writeToCopy(buffer, 0, used);
                    used = 0;
                }
                System.arraycopy(row, 0, buffer, used, row.length);
                used += row.length;
            }
            buffer[used++] = (byte) 0xFF;  // trailer: -1 as a 16-bit field count
            buffer[used++] = (byte) 0xFF;
            copy.writeToCopy(buffer, 0, used);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void writeTransitions(Connection c, long runId, List<String[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(rows.size() * 60);
        for (String[] r : rows) {
            sb.append(runId);
            for (String v : r) {
                sb.append('\t').append(v == null ? "\\N" : v);
            }
            sb.append('\n');
        }
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy labour_score_transition (run_id, bin, score, region_code, from_band, to_band, kind) from stdin");
        try {
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
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
