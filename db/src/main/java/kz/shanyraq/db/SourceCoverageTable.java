package kz.shanyraq.db;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The table {@code source_coverage}: for each monthly source kind ({@code incomes}, {@code social-contributions}) the
 * months from the first loaded to the last received. Every writer of those facts (imports, life events, the
 * generator) widens it in the transaction that writes them; every evaluation path reads it (through
 * {@code kz.shanyraq.ingest.coverage.RegistryCoverage}).
 */
public final class SourceCoverageTable {

    /** The span of months one source covers, inclusive. */
    public record Span(YearMonth first, YearMonth last) {
    }

    /**
     * Widens a source's span to include {@code first}–{@code last} (parameters: kind, first month's day 1, last
     * month's day 1). Changes the row only when the months fall outside it, so a writer inside the span takes no lock.
     */
    public static final String WIDEN = """
            insert into source_coverage as c (source_kind, first_month, last_month) values (?, ?, ?)
            on conflict (source_kind) do update
               set first_month = least(c.first_month, excluded.first_month),
                   last_month = greatest(c.last_month, excluded.last_month),
                   updated_at = now()
             where c.first_month > excluded.first_month or c.last_month < excluded.last_month""";

    /**
     * Advances a source already tracked to include the months (parameters: first month's day 1, last month's day 1,
     * kind); a source not tracked stays untracked (the life-event intake brings single months: only an import or the
     * generator, which bring a whole source, start tracking it).
     */
    public static final String ADVANCE = """
            update source_coverage
               set first_month = least(first_month, ?), last_month = greatest(last_month, ?), updated_at = now()
             where source_kind = ? and (first_month > ? or last_month < ?)""";

    /** Whether the months fall inside the recorded span (parameters: kind, first month, last month). */
    public static final String COVERS = """
            select exists (select 1 from source_coverage
                            where source_kind = ? and first_month <= ? and last_month >= ?)""";

    private SourceCoverageTable() {
    }

    /** Records that {@code kind} now holds the months {@code first}–{@code last} (a no-op when it already did). */
    public static void widen(Connection c, String kind, YearMonth first, YearMonth last) throws SQLException {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(kind + ": last month " + last + " before first " + first);
        }
        Date from = Date.valueOf(first.atDay(1));
        Date to = Date.valueOf(last.atDay(1));
        try (PreparedStatement s = c.prepareStatement(COVERS)) {
            s.setString(1, kind);
            s.setDate(2, from);
            s.setDate(3, to);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(WIDEN)) {
            s.setString(1, kind);
            s.setDate(2, from);
            s.setDate(3, to);
            s.executeUpdate();
        }
    }

    /** Every recorded span, by source kind. */
    public static Map<String, Span> read(Connection c) throws SQLException {
        Map<String, Span> spans = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select source_kind, first_month, last_month from source_coverage order by source_kind");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                spans.put(rs.getString(1), new Span(YearMonth.from(rs.getDate(2).toLocalDate()),
                        YearMonth.from(rs.getDate(3).toLocalDate())));
            }
        }
        return spans;
    }
}
