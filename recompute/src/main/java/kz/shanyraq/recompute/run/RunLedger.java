package kz.shanyraq.recompute.run;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code recompute_run} rows: a run is recorded as running before any work (committed at once, so the UI sees
 * it), beats its heart with its progress, and ends published or failed.
 *
 * <p>Only one recompute works on a database at a time: it holds a session advisory lock for its whole life. The lock
 * dies with the session, so a run found {@code running} by the next recompute (which got the lock) belongs to a
 * process that is gone (killed, crashed, the machine rebooted): it is marked failed as abandoned. Its results never
 * became visible, because they were written in a transaction that never committed.
 */
final class RunLedger {

    static final long LOCK = 0x5245_434F_4D50_5554L;

    private RunLedger() {
    }

    /** Takes the recompute lock on this session, or refuses naming the run that holds it. */
    static void lock(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_try_advisory_lock(" + LOCK + ")")) {
            rs.next();
            if (rs.getBoolean(1)) {
                return;
            }
        }
        String holder = "another recompute";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select id, host, pid, started_at from recompute_run where status = 'running' order by id desc limit 1")) {
            if (rs.next()) {
                holder = "run " + rs.getLong(1) + " (host " + rs.getString(2) + ", pid " + rs.getLong(3)
                        + ", started " + rs.getTimestamp(4).toInstant() + ")";
            }
        }
        throw new RecomputeRefusedException(holder + " is running on this database; wait for it to finish");
    }

    /** Marks runs left running by a process that is gone as failed; returns how many. Call holding the lock. */
    static int abandonDeadRuns(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("""
                    update recompute_run set status = 'failed', finished_at = now(),
                           failure = 'abandoned: the process stopped (last heartbeat ' || heartbeat_at || ')'
                     where status = 'running'""");
        }
    }

    static long start(Connection c, LocalDate on, long total, String parameterVersion, List<String> methodologies,
                      List<String> measures) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into recompute_run (as_of, status, host, pid, families_total, parameter_version, methodologies,
                                           measures)
                values (?, 'running', ?, ?, ?, ?, ?::jsonb, ?) returning id""")) {
            s.setObject(1, on);
            s.setString(2, host());
            s.setLong(3, ProcessHandle.current().pid());
            s.setLong(4, total);
            s.setString(5, parameterVersion);
            s.setString(6, methodologiesJson(methodologies));
            Array array = c.createArrayOf("text", measures.toArray());
            s.setArray(7, array);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void heartbeat(Connection c, long run, long done, long persons, double rate) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                update recompute_run set heartbeat_at = now(), families_done = ?, persons = ?, families_per_second = ?
                 where id = ? and status = 'running'""")) {
            s.setLong(1, done);
            s.setLong(2, persons);
            s.setDouble(3, rate);
            s.setLong(4, run);
            s.executeUpdate();
        }
    }

    static void fail(Connection c, long run, String why) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                update recompute_run set status = 'failed', finished_at = now(), heartbeat_at = now(), failure = ?
                 where id = ? and status = 'running'""")) {
            s.setString(1, why == null ? "failed" : why.length() > 2000 ? why.substring(0, 2000) : why);
            s.setLong(2, run);
            s.executeUpdate();
        }
    }

    private static String methodologiesJson(List<String> methodologies) {
        StringBuilder j = new StringBuilder("[");
        for (String m : methodologies) {
            int at = m.lastIndexOf('@');
            String id = at < 0 ? m : m.substring(0, at);
            String version = at < 0 ? "" : m.substring(at + 1);
            j.append(j.length() > 1 ? "," : "").append("{\"id\":\"").append(json(id)).append("\",\"version\":\"")
                    .append(json(version)).append("\"}");
        }
        return j.append(']').toString();
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
