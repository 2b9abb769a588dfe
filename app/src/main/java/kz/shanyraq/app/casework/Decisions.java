package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.casework.internal.CaseRow;
import kz.shanyraq.app.casework.internal.CaseRows;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.law.assistance.AspForm;
import kz.shanyraq.law.casework.MemberShares;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.measure.Entitlement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The district commission's survey and conclusion, and the decision: prepared by the consultant through the law,
 * approved or returned by an officer of the department of employment and social programmes who is not the
 * preparer (maker-checker). Two officers approving at once: the first wins, the second gets a conflict.
 */
@Service
public class Decisions {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseRows rows;
    private final Applications applications;
    private final Assignments assignments;
    private final AspLaw law;
    private final Clock clock;

    Decisions(JdbcClient jdbc, CaseAccess access, CaseRows rows, Applications applications, Assignments assignments,
              AspLaw law, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.rows = rows;
        this.applications = applications;
        this.assignments = assignments;
        this.law = law;
        this.clock = clock;
    }

    /** The commission's act of survey (акт обследования) and conclusion. */
    public record Survey(LocalDate surveyedOn, String livingConditions, boolean meansConfirmed, String note) {
    }

    @Transactional
    public void recordSurvey(Officer officer, long caseId, Survey s) {
        access.requireRole(officer, "record the commission's survey", Role.COMMISSION);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        rows.requireState(c, "record the commission's survey", CaseState.REGISTERED);
        LocalDate on = s.surveyedOn() == null ? LocalDate.now(clock) : s.surveyedOn();
        if (on.isBefore(c.appliedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidCaseInputException("surveyedOn", "the survey day must lie between the application day "
                    + c.appliedOn() + " and today");
        }
        if (s.livingConditions() == null || s.livingConditions().isBlank()) {
            throw new InvalidCaseInputException("livingConditions", "describe the living conditions seen");
        }
        jdbc.sql("""
                        insert into aid_case_survey (case_id, surveyed_on, living_conditions, conclusion, note, recorded_by)
                        values (:c, :on, :lc, :concl, :note, :by)""")
                .param("c", caseId).param("on", on).param("lc", s.livingConditions().trim())
                .param("concl", s.meansConfirmed() ? "means-confirmed" : "means-not-confirmed")
                .param("note", s.note()).param("by", officer.name()).update();
        rows.move(c, CaseState.SURVEYED, officer, "survey", "Закон РК № 246-II, пп. 7 ст. 1 (участковая комиссия)",
                s.meansConfirmed() ? "means confirmed" : "means not confirmed");
    }

    /** The decision as prepared: the law's answer for the corrected family. */
    @Transactional
    public long prepare(Officer officer, long caseId) {
        access.requireRole(officer, "prepare a decision", Role.CONSULTANT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        if (c.state() == CaseState.REGISTERED) {
            throw new CaseRefusedException("no-commission-conclusion", "Case " + caseId + " has no conclusion of the "
                    + "district commission yet: a decision is prepared only after it (Закон РК № 246-II, ст. 4).");
        }
        rows.requireState(c, "prepare a decision", CaseState.SURVEYED);
        boolean confirmed = jdbc.sql("select conclusion = 'means-confirmed' from aid_case_survey where case_id = :c")
                .param("c", caseId).query(Boolean.class).single();
        Family family = applications.evaluatedFamily(c);
        AspLaw.Answer answer = law.evaluate(family, c.appliedOn());
        if (answer.assessment().decision() instanceof kz.shanyraq.law.measure.Undetermined) {
            throw new CaseRefusedException("law-undetermined", "The law cannot decide yet: " + answer.reason().en()
                    + ". No decision is prepared until the missing figure is loaded.");
        }
        long decisionId;
        if (!confirmed) {
            decisionId = insertRefusal(officer, c, "commission-not-confirmed",
                    "Участковая комиссия не подтвердила материальное положение семьи.",
                    "Учаскелік комиссия отбасының материалдық жағдайын растамады.",
                    "The district commission did not confirm the family's means.", answer.explanation());
        } else if (!answer.entitled()) {
            decisionId = insertRefusal(officer, c, answer.failedCondition(), answer.reason().ru(), answer.reason().kk(),
                    answer.reason().en(), answer.explanation());
        } else {
            decisionId = insertAssignment(officer, c, family, answer);
        }
        rows.move(c, CaseState.DECISION_PREPARED, officer, "prepare-decision", "Закон РК № 246-II, ст. 4",
                "decision " + decisionId);
        return decisionId;
    }

    private long insertRefusal(Officer officer, CaseRow c, String condition, String ru, String kk, String en,
                               String explanation) {
        return jdbc.sql("""
                        insert into aid_decision (case_id, outcome, failed_condition, reason_ru, reason_kk, reason_en,
                                                  explanation, status, prepared_by)
                        values (:c, 'refuse', :cond, :ru, :kk, :en, :ex, 'prepared', :by) returning id""")
                .param("c", c.id()).param("cond", condition).param("ru", ru).param("kk", kk).param("en", en)
                .param("ex", explanation).param("by", officer.name()).query(Long.class).single();
    }

    private long insertAssignment(Officer officer, CaseRow c, Family family, AspLaw.Answer answer) {
        Entitlement e = answer.entitlement();
        AspForm form = answer.assessment().form();
        String formCode = form == AspForm.CONDITIONAL ? "conditional" : "unconditional";
        LocalDate from = e.from();
        LocalDate to = form == AspForm.CONDITIONAL
                ? from.plusMonths(law.on(c.appliedOn()).number("casework.contract.months").intValueExact()).minusDays(1)
                : e.to();
        long id = jdbc.sql("""
                        insert into aid_decision (case_id, outcome, form, period_from, period_to, members, monthly_amount,
                                                  child_supplement, per_capita_income, poverty_line, explanation, status,
                                                  prepared_by)
                        values (:c, 'assign', :form, :from, :to, :n, :amount, :sup, :pci, :line, :ex, 'prepared', :by)
                        returning id""")
                .param("c", c.id()).param("form", formCode).param("from", from).param("to", to)
                .param("n", family.size()).param("amount", e.amount()).param("sup", answer.childSupplement())
                .param("pci", answer.assessment().perCapitaIncome()).param("line", answer.assessment().povertyLine())
                .param("ex", answer.explanation()).param("by", officer.name()).query(Long.class).single();
        List<Long> shares = MemberShares.of(e.amount(), family.size());
        List<String> able = answer.assessment().ableBodied() == null ? List.of() : answer.assessment().ableBodied();
        for (int i = 0; i < family.size(); i++) {
            Member m = family.members().get(i);
            jdbc.sql("""
                            insert into aid_decision_share (decision_id, member_id, person_id, birth_date, full_time_student,
                                                            able_bodied, amount)
                            values (:d, :m, :p, :b, :s, :a, :amount)""")
                    .param("d", id).param("m", m.id()).param("p", Long.valueOf(m.id())).param("b", m.birthDate())
                    .param("s", m.studyingFullTimeOn(c.appliedOn())).param("a", able.contains(m.id()))
                    .param("amount", shares.get(i)).update();
        }
        return id;
    }

    /**
     * The checker approves the prepared decision seen at {@code version}. Refused to the preparer; a second approval
     * of the same decision (or one based on an older version) gets {@link ConcurrentChangeException}.
     */
    @Transactional
    public CaseState approve(Officer officer, long caseId, Integer version, String note) {
        access.requireRole(officer, "approve a decision", Role.DEPARTMENT_OFFICER);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        DecisionRow d = open(caseId);
        if (d != null && d.status().equals("approved")) {
            throw new ConcurrentChangeException("Decision " + d.id() + " was already approved by " + d.checkedBy()
                    + "; reload the case.");
        }
        rows.requireState(c, "approve a decision", CaseState.DECISION_PREPARED);
        if (d.preparedBy().equals(officer.name())) {
            throw new CaseRefusedException("same-officer", "The decision was prepared by " + officer.name()
                    + ": a different officer must approve it (maker-checker).");
        }
        int expected = version == null ? d.version() : version;
        int n = jdbc.sql("""
                        update aid_decision set status = 'approved', checked_by = :by, checked_at = now(),
                               check_note = :note, version = version + 1
                        where id = :id and version = :v and status = 'prepared'""")
                .param("by", officer.name()).param("note", note).param("id", d.id()).param("v", expected).update();
        if (n == 0) {
            throw new ConcurrentChangeException("Decision " + d.id() + " was changed by another officer meanwhile "
                    + "(approved or returned); reload the case.");
        }
        CaseState to;
        if (d.outcome().equals("refuse")) {
            to = CaseState.REFUSED;
        } else if (d.form().equals("conditional")) {
            to = CaseState.CONTRACT_PENDING;
            LocalDate surveyed = jdbc.sql("select surveyed_on from aid_case_survey where case_id = :c")
                    .param("c", caseId).query(LocalDate.class).single();
            LocalDate due = law.workingDays().deadline("casework.deadline.contract-signature", surveyed).due();
            jdbc.sql("update aid_case set contract_due = :d where id = :c").param("d", due).param("c", caseId).update();
        } else {
            to = CaseState.ASSIGNED;
            assignments.open(c, d.id(), "monthly");
        }
        rows.move(c, to, officer, "approve-decision", "Закон РК № 246-II, ст. 4", "decision " + d.id()
                + " prepared by " + d.preparedBy() + ", approved by " + officer.name());
        return to;
    }

    /** The checker returns the prepared decision to the consultant, saying why. */
    @Transactional
    public void returnDecision(Officer officer, long caseId, Integer version, String note) {
        access.requireRole(officer, "return a decision", Role.DEPARTMENT_OFFICER);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        rows.requireState(c, "return a decision", CaseState.DECISION_PREPARED);
        if (note == null || note.isBlank()) {
            throw new InvalidCaseInputException("note", "say why the decision is returned");
        }
        DecisionRow d = open(caseId);
        if (d.preparedBy().equals(officer.name())) {
            throw new CaseRefusedException("same-officer", "The preparer cannot check their own decision.");
        }
        int n = jdbc.sql("""
                        update aid_decision set status = 'returned', checked_by = :by, checked_at = now(),
                               check_note = :note, version = version + 1
                        where id = :id and version = :v and status = 'prepared'""")
                .param("by", officer.name()).param("note", note).param("id", d.id())
                .param("v", version == null ? d.version() : version).update();
        if (n == 0) {
            throw new ConcurrentChangeException("Decision " + d.id() + " was changed by another officer meanwhile.");
        }
        rows.move(c, CaseState.SURVEYED, officer, "return-decision", null, note);
    }

    /** The decision under consideration or in force. */
    record DecisionRow(long id, String outcome, String form, String status, String preparedBy, String checkedBy,
                       int version) {
    }

    DecisionRow open(long caseId) {
        return jdbc.sql("""
                        select id, outcome, form, status, prepared_by, checked_by, version from aid_decision
                        where case_id = :c and status in ('prepared', 'approved')""")
                .param("c", caseId)
                .query((rs, n) -> new DecisionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7)))
                .optional().orElse(null);
    }
}
