package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.casework.internal.CaseRow;
import kz.shanyraq.app.casework.internal.CaseRows;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Appeals of a refusal or a sanction: registered (by the consultant, or the portal for the family), answered by the
 * department within the statutory term ({@code casework.appeal.answer-working-days}); an upheld appeal re-decides
 * through the same law: a refused case goes back to the consultant to prepare a new decision, an upheld sanction is
 * annulled.
 */
@Service
public class Appeals {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseRows rows;
    private final Sanctions sanctions;
    private final AspLaw law;
    private final Clock clock;

    Appeals(JdbcClient jdbc, CaseAccess access, CaseRows rows, Sanctions sanctions, AspLaw law, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.rows = rows;
        this.sanctions = sanctions;
        this.law = law;
        this.clock = clock;
    }

    public record Appeal(long id, String subject, Long decisionId, Long sanctionId, LocalDate filedOn, String grounds,
                         LocalDate answerDue, String status, String registeredBy, String answeredBy,
                         LocalDate answeredOn, String answer) {
    }

    @Transactional
    public long file(Officer officer, long caseId, String subject, Long sanctionId, LocalDate filedOn, String grounds) {
        access.requireRole(officer, "register an appeal", Role.CONSULTANT, Role.PORTAL);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        LocalDate on = filedOn == null ? LocalDate.now(clock) : filedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidCaseInputException("filedOn", "an appeal cannot be filed in advance");
        }
        if (grounds == null || grounds.isBlank()) {
            throw new InvalidCaseInputException("grounds", "say what the family disputes");
        }
        Long decisionId = null;
        LocalDate subjectDay;
        if ("decision".equals(subject)) {
            rows.requireState(c, "appeal the decision", CaseState.REFUSED);
            record D(long id, LocalDate on) {
            }
            D d = jdbc.sql("select id, checked_at::date from aid_decision where case_id = :c and status = 'approved'")
                    .param("c", caseId).query((rs, n) -> new D(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                    .single();
            decisionId = d.id();
            subjectDay = d.on();
        } else if ("sanction".equals(subject)) {
            if (sanctionId == null) {
                throw new InvalidCaseInputException("sanctionId", "name the sanction appealed");
            }
            Sanctions.Sanction s = sanctions.sanction(sanctionId);
            if (!sanctions.ofCase(caseId).stream().anyMatch(x -> x.id() == sanctionId) || !s.status().equals("in-force")) {
                throw new CaseRefusedException("sanction-not-in-force", "Sanction " + sanctionId
                        + " is not a sanction in force of this case.");
            }
            subjectDay = s.establishedOn();
        } else {
            throw new InvalidCaseInputException("subject", "expected decision or sanction");
        }
        if (jdbc.sql("select count(*) from aid_appeal where case_id = :c and status = 'registered'")
                .param("c", caseId).query(Long.class).single() > 0) {
            throw new CaseRefusedException("appeal-pending", "An appeal of this case is already waiting for an answer.");
        }
        Law l = law.on(on);
        try {
            int months = l.number("casework.appeal.filing-months").intValueExact();
            if (on.isAfter(subjectDay.plusMonths(months))) {
                throw new CaseRefusedException("appeal-late", "The appeal term of " + months + " months after "
                        + subjectDay + " has passed (" + l.version("casework.appeal.filing-months").reference().citation()
                        + ").");
            }
        } catch (ParameterUnknownException unknown) {
            // The term of the time is not known to us: the appeal is registered, the term not checked.
        }
        WorkingDays.Deadline due = law.workingDays().deadline("casework.appeal.answer-working-days", on);
        long id = jdbc.sql("""
                        insert into aid_appeal (case_id, subject, decision_id, sanction_id, filed_on, grounds, answer_due,
                                                status, registered_by)
                        values (:c, :s, :d, :sa, :on, :g, :due, 'registered', :by) returning id""")
                .param("c", caseId).param("s", subject).param("d", decisionId).param("sa", sanctionId).param("on", on)
                .param("g", grounds.trim()).param("due", due.due()).param("by", officer.name())
                .query(Long.class).single();
        rows.note(c, officer, "appeal", due.norm().citation(), subject + " appealed; answer due " + due.due());
        return id;
    }

    @Transactional
    public void answer(Officer officer, long appealId, boolean upheld, String answer) {
        access.requireRole(officer, "answer an appeal", Role.DEPARTMENT_OFFICER);
        Appeal a = appeal(appealId);
        long caseId = jdbc.sql("select case_id from aid_appeal where id = :a").param("a", appealId)
                .query(Long.class).single();
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        if (!a.status().equals("registered")) {
            throw new CaseRefusedException("appeal-answered", "Appeal " + appealId + " was already answered ("
                    + a.status() + ").");
        }
        if (answer == null || answer.isBlank()) {
            throw new InvalidCaseInputException("answer", "the answer must give its reasons");
        }
        int n = jdbc.sql("""
                        update aid_appeal set status = :s, answered_by = :by, answered_on = :on, answer = :ans
                        where id = :a and status = 'registered'""")
                .param("s", upheld ? "upheld" : "dismissed").param("by", officer.name())
                .param("on", LocalDate.now(clock)).param("ans", answer.trim()).param("a", appealId).update();
        if (n == 0) {
            throw new ConcurrentChangeException("Appeal " + appealId + " was answered by someone else meanwhile.");
        }
        if (!upheld) {
            rows.note(c, officer, "appeal-dismissed", null, answer.trim());
            return;
        }
        if (a.subject().equals("decision")) {
            jdbc.sql("update aid_decision set status = 'annulled' where id = :d").param("d", a.decisionId()).update();
            rows.move(c, CaseState.SURVEYED, officer, "appeal-upheld", null,
                    "decision " + a.decisionId() + " annulled: " + answer.trim() + "; to be decided anew");
        } else {
            rows.note(c, officer, "appeal-upheld", null, "sanction " + a.sanctionId() + " annulled: " + answer.trim());
            sanctions.annul(officer, a.sanctionId());
        }
    }

    public Appeal appeal(long id) {
        return jdbc.sql("select * from aid_appeal where id = :a").param("a", id).query((rs, n) -> map(rs)).optional()
                .orElseThrow(() -> new CaseNotFoundException("no appeal " + id));
    }

    public List<Appeal> ofCase(long caseId) {
        return jdbc.sql("select * from aid_appeal where case_id = :c order by id").param("c", caseId)
                .query((rs, n) -> map(rs)).list();
    }

    private static Appeal map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Appeal(rs.getLong("id"), rs.getString("subject"), (Long) rs.getObject("decision_id"),
                (Long) rs.getObject("sanction_id"), rs.getObject("filed_on", LocalDate.class), rs.getString("grounds"),
                rs.getObject("answer_due", LocalDate.class), rs.getString("status"), rs.getString("registered_by"),
                rs.getString("answered_by"), rs.getObject("answered_on", LocalDate.class), rs.getString("answer"));
    }
}
