package kz.shanyraq.app.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The audit trail as the administrator reads it: newest first, filtered by who, what, outcome and dates. Whose data
 * was read is shown by registry ids (person, family), never by IIN.
 */
@Service
public class AuditLog {

    public static final int LIMIT = 500;

    /** What to show; every field optional. */
    public record Filter(String actor, String action, String outcome, LocalDate from, LocalDate to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    public record Line(long id, OffsetDateTime at, String actor, String actorRole, String channel, String action,
                       String purpose, Long personId, Long familyId, LocalDate asOf, String outcome, String reason) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> lines(Filter f) {
        return jdbc.sql("""
                select id, at, actor, actor_role, channel, action, purpose, subject_person_id, family_id, as_of,
                       outcome, reason
                  from audit_event
                 where (cast(:actor as text) is null or actor = :actor)
                   and (cast(:action as text) is null or action = :action)
                   and (cast(:outcome as text) is null or outcome = :outcome)
                   and (cast(:from as date) is null or at >= cast(:from as date))
                   and (cast(:to as date) is null or at < cast(:to as date) + 1)
                 order by id desc limit :n""")
                .param("actor", blank(f.actor())).param("action", blank(f.action()))
                .param("outcome", blank(f.outcome())).param("from", f.from()).param("to", f.to())
                .param("n", LIMIT)
                .query((rs, n) -> new Line(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        (Long) rs.getObject(8, Long.class), (Long) rs.getObject(9, Long.class),
                        rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12)))
                .list();
    }

    /** The actions the trail records (the check of {@code audit_event.action}), for the filter's choices. */
    public static final List<String> ACTIONS = List.of("family-card", "person-lookup", "family-search", "life-event",
            "worklist", "sign-in-failed", "sign-in-throttled", "sign-in-unlocked");

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
