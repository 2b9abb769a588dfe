package kz.shanyraq.recompute.run;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishing a run: its category transitions against the run published before it, then the switch. The switch is
 * one short transaction (statuses and the view {@code published_family_result}), so a reader sees the old run or
 * the new one; the unique index on the published status makes two published runs impossible.
 */
public final class Publication {

    private Publication() {
    }

    /** The table holding a run's results. */
    public static String resultTable(long run) {
        return "recompute_result_" + run;
    }

    /** The published run, or null. */
    public static Long published(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id from recompute_run where status = 'published'")) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** The partition of {@code recompute_transition} holding a run's transitions. */
    static String transitionTable(long run) {
        return "recompute_transition_" + run;
    }

    /**
     * Stores, in the caller's transaction, each family whose category differs from the published run's, and the
     * families that moved up (to a higher category: better off) and down per region and district.
     *
     * <p>The transitions are found while the families are evaluated ({@code NationalRecompute.ResultRows}, against
     * the published run's categories read with each slice), so no whole-country join is left for the end of the
     * run. Here the run's own partition is created, filled by {@code COPY} (rows: run, family, region, district,
     * from, to), indexed after the load and attached; created in this transaction, PostgreSQL with
     * {@code wal_level = minimal} writes it without WAL, and a kill before the commit leaves nothing behind. The
     * counts are one aggregate over that partition.
     */
    static void recordTransitions(Connection c, long run, List<byte[]> rows) throws SQLException {
        String part = transitionTable(run);
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create table %1$s (
                        run_id bigint not null check (run_id = %2$d), family_id bigint not null, region_code text,
                        district_id text, from_category smallint, to_category smallint)
                    with (autovacuum_enabled = false)""".formatted(part, run));
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + part
                    + " (run_id, family_id, region_code, district_id, from_category, to_category) from stdin");
            try {
                for (byte[] chunk : rows) {
                    copy.writeToCopy(chunk, 0, chunk.length);
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            s.execute("alter table " + part + " add primary key (run_id, family_id)");
            // The check constraint proves the rows belong to the partition: attaching needs no second scan.
            s.execute("alter table recompute_transition attach partition " + part + " for values in (" + run + ")");
            s.executeUpdate("""
                    insert into recompute_transition_count (run_id, region_code, district_id, up, down)
                    select run_id, region_code, district_id,
                           count(*) filter (where to_category > from_category),
                           count(*) filter (where to_category < from_category)
                      from %s
                     group by run_id, region_code, district_id""".formatted(part));
        }
    }

    /** The switch: the run becomes the published one, the one before it superseded; committed here. */
    static void publish(Connection c, long run, RunReport report) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set local lock_timeout = '30s'");
            s.executeUpdate("update recompute_run set status = 'superseded' where status = 'published'");
            try (PreparedStatement p = c.prepareStatement("""
                    update recompute_run set status = 'published', finished_at = now(), heartbeat_at = now(),
                           families_done = ?, persons = ?, seconds = ?, families_per_second = ?, timings = ?::jsonb
                     where id = ? and status = 'running'""")) {
                p.setLong(1, report.families());
                p.setLong(2, report.persons());
                p.setBigDecimal(3, java.math.BigDecimal.valueOf(Math.round(report.seconds() * 10) / 10.0));
                p.setDouble(4, report.familiesPerSecond());
                p.setString(5, String.format(java.util.Locale.ROOT,
                        "{\"read\": %.1f, \"evaluate\": %.1f, \"write\": %.1f, \"publish\": %.1f}",
                        report.readSeconds(), report.evaluateSeconds(), report.writeSeconds(),
                        report.publishSeconds()));
                p.setLong(6, run);
                if (p.executeUpdate() != 1) {
                    throw new IllegalStateException("run " + run + " is no longer running; not published");
                }
            }
            s.execute("create or replace view published_family_result as select " + run + "::bigint as run_id, t.*"
                    + " from " + resultTable(run) + " t");
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * Drops the result tables of runs that are neither published nor the one it superseded last (kept for
     * comparison and the next run's transitions are computed against the published one). Where the server's analytics
     * are in use ({@code analytics_run} has rows), a run whose figures they have not captured yet (published by the
     * command line while the server was down) keeps its table until they are, if it is the latest run of its month
     * (the month's figures are its latest run's): the server catches up on start, and a later publication drops it.
     * So at most one such table per month is kept, and a registry without analytics keeps none.
     */
    static void dropOldResults(Connection c) throws SQLException {
        List<Long> old = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select r.id from recompute_run r where r.status = 'superseded'
                   and r.id < (select max(id) from recompute_run where status = 'superseded')
                   and (exists (select 1 from analytics_run a where a.run_id = r.id)
                        or not exists (select 1 from analytics_run)
                        or exists (select 1 from recompute_run l
                                    where l.id > r.id and l.status in ('published', 'superseded')
                                      and date_trunc('month', l.as_of) = date_trunc('month', r.as_of)))""")) {
            while (rs.next()) {
                old.add(rs.getLong(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (long id : old) {
                s.execute("drop table if exists " + resultTable(id));
            }
        }
    }
}
