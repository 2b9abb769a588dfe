package kz.shanyraq.app.recompute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the runs of the national recompute, newest first. */
@Service
public class RecomputeRuns {

    /** Runs shown in the history (the newest). */
    static final int HISTORY = 100;

    private static final String SELECT = """
            select r.id, r.as_of, r.status, r.started_at, r.finished_at, r.families_total, r.families_done,
                   r.persons, r.families_per_second, r.seconds, r.parameter_version, r.heartbeat_at, r.failure,
                   array(select (m ->> 'id') || case when coalesce(m ->> 'version', '') = '' then ''
                                                     else '@' || (m ->> 'version') end
                           from jsonb_array_elements(r.methodologies) m) as methodology_list
              from recompute_run r
            """;

    private final JdbcClient jdbc;

    RecomputeRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RecomputeRun> history() {
        return jdbc.sql(SELECT + " order by r.id desc limit " + HISTORY).query(RecomputeRuns::run).list();
    }

    public Optional<RecomputeRun> byId(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(RecomputeRuns::run).optional();
    }

    /** The run whose results readers see now, if any run was published. */
    public Optional<RecomputeRun> published() {
        return jdbc.sql(SELECT + " where r.status = 'published'").query(RecomputeRuns::run).optional();
    }

    private static RecomputeRun run(ResultSet rs, int row) throws SQLException {
        Array methodologies = rs.getArray("methodology_list");
        return new RecomputeRun(rs.getLong("id"), rs.getDate("as_of").toLocalDate(), rs.getString("status"),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                (Long) rs.getObject("families_total", Long.class), rs.getLong("families_done"), rs.getLong("persons"),
                (Double) rs.getObject("families_per_second", Double.class),
                rs.getBigDecimal("seconds") == null ? null : rs.getBigDecimal("seconds").doubleValue(),
                rs.getString("parameter_version"),
                methodologies == null ? List.of() : Arrays.asList((String[]) methodologies.getArray()),
                instant(rs.getTimestamp("heartbeat_at")), rs.getString("failure"));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
