package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.casework.internal.CaseRow;
import kz.shanyraq.app.casework.internal.CaseRows;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.region.Quarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Opens a case: role and territory checked, the read of each family member audited, then the whole file. */
@Service
public class CaseFiles {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseRows rows;
    private final FamilyRegistry registry;
    private final Applications applications;
    private final Contracts contracts;
    private final Assignments assignments;
    private final Sanctions sanctions;
    private final Appeals appeals;
    private final PaymentDifferences differences;

    CaseFiles(JdbcClient jdbc, CaseAccess access, CaseRows rows, FamilyRegistry registry, Applications applications,
              Contracts contracts, Assignments assignments, Sanctions sanctions, Appeals appeals,
              PaymentDifferences differences) {
        this.jdbc = jdbc;
        this.access = access;
        this.rows = rows;
        this.registry = registry;
        this.applications = applications;
        this.contracts = contracts;
        this.assignments = assignments;
        this.sanctions = sanctions;
        this.appeals = appeals;
        this.differences = differences;
    }

    public CaseFile open(Officer officer, long caseId) {
        access.requireRole(officer, "open a case", Role.CONSULTANT, Role.ASSISTANT, Role.COMMISSION,
                Role.DEPARTMENT_OFFICER, Role.FAMILY_SUPPORT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        FamilyRecord record = registry.family(c.familyId(), c.appliedOn()).orElseThrow();
        access.recordRead(officer, caseId, c.familyId(), c.appliedOn(), record.family().members().stream()
                .map(m -> new CaseAccess.PersonRead(Long.valueOf(m.id()), m.iin())).toList());
        List<Correction> corrections = applications.corrections(caseId);
        Set<String> absent = corrections.stream().filter(x -> x.kind().equals("member-absent"))
                .map(Correction::memberId).collect(Collectors.toSet());
        List<CaseFile.FamilyMember> members = record.family().members().stream()
                .map(m -> member(m, absent.contains(m.id()))).toList();
        Quarter q = Quarter.of(c.appliedOn()).previous();
        List<CaseFile.RegistryIncome> incomes = record.family().incomes().stream()
                .filter(i -> q.contains(i.month()))
                .map(i -> new CaseFile.RegistryIncome(i.memberId(), i.month(), i.type().code(), i.amount())).toList();
        CaseFile.Survey survey = jdbc.sql("select * from aid_case_survey where case_id = :c").param("c", caseId)
                .query((rs, n) -> new CaseFile.Survey(rs.getObject("surveyed_on", LocalDate.class),
                        rs.getString("living_conditions"), rs.getString("conclusion"), rs.getString("note"),
                        rs.getString("recorded_by"))).optional().orElse(null);
        List<CaseFile.Decision> decisions = jdbc.sql("select * from aid_decision where case_id = :c order by id")
                .param("c", caseId).query((rs, n) -> decision(rs)).list();
        Contracts.ContractRow contract = contracts.contract(caseId).orElse(null);
        List<CaseFile.Activity> plan = contract == null ? List.of() : jdbc.sql(
                        "select * from plan_activity where contract_id = :k order by due_on, id")
                .param("k", contract.id())
                .query((rs, n) -> new CaseFile.Activity(rs.getLong("id"), rs.getString("member_id"),
                        rs.getString("measure"), rs.getString("kind"), rs.getObject("due_on", LocalDate.class),
                        rs.getString("responsible"), rs.getString("status"), rs.getBoolean("sanctioned"))).list();
        List<CaseFile.Visit> visits = contract == null ? List.of() : jdbc.sql(
                        "select * from monitoring_visit where contract_id = :k order by visited_on, id")
                .param("k", contract.id())
                .query((rs, n) -> new CaseFile.Visit(rs.getLong("id"), rs.getObject("visited_on", LocalDate.class),
                        rs.getString("assistant"), rs.getString("note"))).list();
        Assignments.Assignment assignment = assignments.ofCase(caseId).orElse(null);
        List<CaseFile.AmountChange> changes = assignment == null ? List.of() : jdbc.sql(
                        "select * from aid_amount_change where assignment_id = :a order by id")
                .param("a", assignment.id())
                .query((rs, n) -> new CaseFile.AmountChange(month(rs, "from_month"), month(rs, "to_month"),
                        rs.getLong("amount"), rs.getString("cause"), rs.getString("explanation"),
                        rs.getBoolean("revoked"))).list();
        List<CaseFile.HistoryLine> history = jdbc.sql("select * from aid_case_history where case_id = :c order by id")
                .param("c", caseId)
                .query((rs, n) -> new CaseFile.HistoryLine(instant(rs, "at"), rs.getString("actor"),
                        rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"),
                        rs.getString("norm"), rs.getString("note"))).list();
        List<Contracts.MemberDuty> duties = c.state() == CaseState.CONTRACT_PENDING
                || c.state() == CaseState.UNDER_CONTRACT ? contracts.duties(caseId, c.appliedOn()) : List.of();
        return new CaseFile(c.id(), c.familyId(), c.applicantId(), c.appliedOn(), c.channel(), c.territory(), c.state(),
                c.consultant(), c.account(), c.registeredBy(), c.surveyDue(), c.decisionDue(), c.contractDue(),
                c.version(), members, incomes, corrections, survey, decisions, duties, contract, plan, visits,
                assignment, changes,
                assignment == null ? List.of() : differences.of(assignment.id()), sanctions.ofCase(caseId), appeals.ofCase(caseId), history);
    }

    private static CaseFile.FamilyMember member(Member m, boolean absent) {
        return new CaseFile.FamilyMember(m.id(), m.iin(), m.birthDate(), m.sex() == null ? null : m.sex().name(),
                m.relation() == null ? null : m.relation().name().toLowerCase(), absent);
    }

    private CaseFile.Decision decision(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<CaseFile.Share> shares = jdbc.sql("select * from aid_decision_share where decision_id = :d order by member_id")
                .param("d", id)
                .query((r, n) -> new CaseFile.Share(r.getString("member_id"), r.getObject("birth_date", LocalDate.class),
                        r.getBoolean("full_time_student"), r.getBoolean("able_bodied"), r.getLong("amount"))).list();
        return new CaseFile.Decision(id, rs.getString("outcome"), rs.getString("form"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                (Integer) rs.getObject("members"), (Long) rs.getObject("monthly_amount"),
                (Long) rs.getObject("child_supplement"), (BigDecimal) rs.getObject("per_capita_income"),
                (Long) rs.getObject("poverty_line"), rs.getString("failed_condition"), rs.getString("reason_ru"),
                rs.getString("reason_kk"), rs.getString("reason_en"), rs.getString("explanation"),
                rs.getString("status"), rs.getString("prepared_by"), instant(rs, "prepared_at"),
                rs.getString("checked_by"), instant(rs, "checked_at"), rs.getString("check_note"),
                rs.getInt("version"), shares);
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? null : YearMonth.from(d);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
