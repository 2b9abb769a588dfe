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

    /**
     * A run published with {@code --allow-partial}: why its date is not fully covered (reasons in the user's language)
     * and the families each measure left undetermined, per region (only the region of a user with a territorial
     * scope).
     */
    public record Partial(List<String> reasons, List<Undetermined> undetermined) {
    }

    /** Families a measure (or {@code wellbeing}: without category) left undetermined in a region. */
    public record Undetermined(String measure, String region, long families) {
    }

    /** The partial runs among {@code ids}, by run id (runs with every fact covered are absent). */
    public java.util.Map<Long, Partial> partial(List<Long> ids, String language, String scopeRegion) {
        java.util.Map<Long, Partial> out = new java.util.LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String column = switch (language) {
            case "kk" -> "reason_kk";
            case "en" -> "reason_en";
            default -> "reason_ru";
        };
        java.util.Map<Long, java.util.Set<String>> reasons = new java.util.LinkedHashMap<>();
        jdbc.sql("select run_id, " + column + " from recompute_coverage_gap where run_id = any(:ids)"
                        + " order by run_id, subject")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> reasons.computeIfAbsent(rs.getLong(1), k -> new java.util.LinkedHashSet<>())
                        .add(rs.getString(2))).list();
        java.util.Map<Long, List<Undetermined>> counts = new java.util.HashMap<>();
        jdbc.sql("select run_id, measure, region_code, families from recompute_undetermined"
                        + " where run_id = any(:ids) and (cast(:region as text) is null or region_code = :region)"
                        + " order by run_id, measure, region_code")
                .param("ids", ids.toArray(Long[]::new)).param("region", scopeRegion)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new Undetermined(rs.getString(2), rs.getString(3), rs.getLong(4)))).list();
        reasons.forEach((id, r) -> out.put(id, new Partial(List.copyOf(r), counts.getOrDefault(id, List.of()))));
        return out;
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
