package kz.shanyraq.app.support;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.explain.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Work on a hard-life-situation case: take it, assign it to a colleague of the territory, comment, close it with an
 * outcome. Only staff who work with families (family-support specialists, consultants, assistants) act, and only on
 * cases of their territory; every action is kept in the case's history ({@code support_case_note}, append-only) with
 * who did it, and audited.
 */
@Service
public class CaseWork {

    /** How a case ended (the check of {@code support_case.outcome}). */
    public static final List<String> OUTCOMES =
            List.of("support-arranged", "referred", "no-need", "family-refused", "unreachable");
    public static final int LONGEST_COMMENT = 2000;
    private static final Set<Role> ACTING = Set.of(Role.FAMILY_SUPPORT, Role.CONSULTANT, Role.ASSISTANT);

    /** A case with what was done on it. */
    public record CaseFile(long id, long familyId, String ruleCode, Text title, int priority, String region,
                           String district, OffsetDateTime openedAt, LocalDate deadline, String status,
                           String assignedTo, String outcome, OffsetDateTime closedAt, String closedBy,
                           List<Note> notes) {

        public boolean overdueOn(LocalDate today) {
            return !"closed".equals(status) && deadline.isBefore(today);
        }
    }

    public record Note(OffsetDateTime at, String author, String kind, String text) {
    }

    /** A case in a list: the family, the situation, its deadline, who has it. */
    public record CaseLine(long id, long familyId, Text title, int priority, LocalDate deadline, String status,
                           String assignedTo, String outcome) {

        public boolean overdueOn(LocalDate today) {
            return !"closed".equals(status) && deadline.isBefore(today);
        }
    }

    /** Which cases a list shows: open ones (not closed), mine (assigned to the reader, not closed), closed. */
    public static final List<String> FILTERS = List.of("open", "mine", "closed");

    /** An action refused: the reason is a message key ({@code case.refused.*}). */
    public static class RefusedException extends RuntimeException {
        private final String reason;

        public RefusedException(String reason) {
            super(reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CaseWork(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case with its history, for a member of staff of its territory (the read is audited). */
    public CaseFile open(long caseId, ShanyraqUser user) {
        CaseFile c = find(caseId).orElseThrow(() -> new RefusedException("not-found"));
        check(user, c);
        record(user, c, "read");
        return c;
    }

    @Transactional
    public void take(long caseId, ShanyraqUser user) {
        CaseFile c = lockOpen(caseId, user);
        jdbc.sql("update support_case set status = 'in-work', assigned_to = :u where id = :id")
                .param("u", user.getUsername()).param("id", c.id()).update();
        note(c.id(), user, "taken", null);
        record(user, c, "taken");
    }

    /** Assigns the case to a colleague who works with families in a territory that includes the case's. */
    @Transactional
    public void assign(long caseId, String colleague, ShanyraqUser user) {
        CaseFile c = lockOpen(caseId, user);
        record Colleague(String role, String region, String district) {
        }
        Colleague to = jdbc.sql("select role, region_code, district_id from app_user where username = :u and enabled")
                .param("u", colleague == null ? "" : colleague.strip())
                .query((rs, n) -> new Colleague(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new RefusedException("no-such-colleague"));
        Role role = Role.byCode(to.role());
        if (!ACTING.contains(role) || to.region() == null
                || !new Territory(to.region(), to.district()).includes(new Territory(c.region(), c.district()))) {
            throw new RefusedException("colleague-outside-territory");
        }
        jdbc.sql("update support_case set status = 'in-work', assigned_to = :u where id = :id")
                .param("u", colleague.strip()).param("id", c.id()).update();
        note(c.id(), user, "assigned", colleague.strip());
        record(user, c, "assigned");
    }

    @Transactional
    public void comment(long caseId, String text, ShanyraqUser user) {
        String said = text == null ? "" : text.strip();
        if (said.isEmpty() || said.length() > LONGEST_COMMENT) {
            throw new RefusedException("comment-length");
        }
        CaseFile c = find(caseId).orElseThrow(() -> new RefusedException("not-found"));
        check(user, c);
        note(c.id(), user, "comment", said);
        record(user, c, "comment");
    }

    /** Closes the case with one of {@link #OUTCOMES} and, optionally, what was done. */
    @Transactional
    public void close(long caseId, String outcome, String text, ShanyraqUser user) {
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw new RefusedException("outcome-required");
        }
        String said = text == null ? "" : text.strip();
        if (said.length() > LONGEST_COMMENT) {
            throw new RefusedException("comment-length");
        }
        CaseFile c = lockOpen(caseId, user);
        jdbc.sql("""
                update support_case set status = 'closed', outcome = :o, closed_at = clock_timestamp(), closed_by = :u
                 where id = :id""").param("o", outcome).param("u", user.getUsername()).param("id", c.id()).update();
        note(c.id(), user, "closed", said.isEmpty() ? outcome : outcome + ": " + said);
        record(user, c, "closed");
    }

    private CaseFile lockOpen(long caseId, ShanyraqUser user) {
        jdbc.sql("select id from support_case where id = :id for update").param("id", caseId)
                .query(Long.class).optional().orElseThrow(() -> new RefusedException("not-found"));
        CaseFile c = find(caseId).orElseThrow(() -> new RefusedException("not-found"));
        check(user, c);
        if ("closed".equals(c.status())) {
            throw new RefusedException("closed");
        }
        return c;
    }

    private void check(ShanyraqUser user, CaseFile c) {
        if (!ACTING.contains(user.role()) || user.scope() == null) {
            record(user, c, "denied");
            throw new RefusedException("role-not-allowed");
        }
        if (!user.scope().includes(new Territory(c.region(), c.district()))) {
            record(user, c, "denied");
            throw new RefusedException("outside-territory");
        }
    }

    private void note(long caseId, ShanyraqUser user, String kind, String text) {
        jdbc.sql("insert into support_case_note (case_id, author, kind, text) values (:c, :a, :k, :t)")
                .param("c", caseId).param("a", user.getUsername()).param("k", kind).param("t", text).update();
    }

    private void record(ShanyraqUser user, CaseFile c, String what) {
        boolean denied = "denied".equals(what);
        audit.record(new AuditEntry(user.getUsername(), user.role().code(), "ui", "worklist",
                "hard-life-situation", null, null, c.familyId(), LocalDate.now(clock), denied ? "denied" : "granted",
                denied ? "case " + c.id() : "case " + c.id() + ": " + what));
    }

    private Optional<CaseFile> find(long caseId) {
        List<Note> notes = jdbc.sql("""
                select at, author, kind, text from support_case_note where case_id = :c order by id""")
                .param("c", caseId)
                .query((rs, n) -> new Note(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
        return jdbc.sql("""
                select c.id, c.family_id, c.rule_code, r.title_ru, r.title_kk, r.title_en, r.priority, c.region_code,
                       c.district_id, c.opened_at, c.deadline, c.status, c.assigned_to, c.outcome, c.closed_at,
                       c.closed_by
                  from support_case c join hard_situation_rule r on r.code = c.rule_code
                 where c.id = :id""").param("id", caseId)
                .query((rs, n) -> new CaseFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Text.of(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getString(8),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getObject(11, LocalDate.class),
                        rs.getString(12), rs.getString(13), rs.getString(14), rs.getObject(15, OffsetDateTime.class),
                        rs.getString(16), notes))
                .optional();
    }

    /**
     * Cases of a territory (a region, or one district) by {@link #FILTERS}: the reader's own first, then by deadline
     * and priority. The caller audits the families listed.
     */
    public List<CaseLine> list(Territory scope, String filter, String reader) {
        String f = FILTERS.contains(filter) ? filter : "open";
        return jdbc.sql("""
                select c.id, c.family_id, r.title_ru, r.title_kk, r.title_en, r.priority, c.deadline, c.status,
                       c.assigned_to, c.outcome
                  from support_case c join hard_situation_rule r on r.code = c.rule_code
                 where c.region_code = :region and (cast(:district as text) is null or c.district_id = :district)
                   and case :f when 'closed' then c.status = 'closed'
                               when 'mine' then c.status <> 'closed' and c.assigned_to = :me
                               else c.status <> 'closed' end
                 order by (c.assigned_to is not distinct from :me) desc, c.deadline, r.priority, c.id limit 500""")
                .param("region", scope.region()).param("district", scope.district()).param("f", f)
                .param("me", reader)
                .query((rs, n) -> new CaseLine(rs.getLong(1), rs.getLong(2),
                        Text.of(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getInt(6),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getString(9), rs.getString(10)))
                .list();
    }

    /** Colleagues a case of this territory may be assigned to (staff working with families whose territory has it). */
    public List<String> colleagues(String region, String district) {
        return jdbc.sql("""
                select username from app_user
                 where enabled and role in ('family-support', 'consultant', 'assistant') and region_code = :r
                   and (district_id is null or district_id = :d) order by username""")
                .param("r", region).param("d", district).query(String.class).list();
    }
}
