package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.casework.internal.CaseRow;
import kz.shanyraq.app.casework.internal.CaseRows;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.law.casework.EmploymentExemption;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.parameter.Law;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The social contract for conditional aid and its individual family plan (Law 246-II art. 2 p. 6, seed 003):
 * concluded by the career centre after the commission's conclusion, for six months, prolonged by up to six more on
 * the employment commission's recommendation; the assistant records visits and each activity's fulfilment.
 */
@Service
public class Contracts {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseRows rows;
    private final Applications applications;
    private final Assignments assignments;
    private final Decisions decisions;
    private final AspLaw law;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Contracts(JdbcClient jdbc, CaseAccess access, CaseRows rows, Applications applications, Assignments assignments,
              Decisions decisions, AspLaw law, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.rows = rows;
        this.applications = applications;
        this.assignments = assignments;
        this.decisions = decisions;
        this.law = law;
        this.clock = clock;
        this.events = events;
    }

    /** An activity of the plan. */
    public record NewActivity(String memberId, String measure, LocalDate dueOn, String responsible) {
    }

    /** The contract as concluded: day, payment mode (monthly or three months at once) and the plan. */
    public record Conclusion(LocalDate concludedOn, String paymentMode, List<NewActivity> plan) {
    }

    /** A member's duty under the plan: exempt from employment measures (with the reason) or not. */
    public record MemberDuty(String memberId, boolean ableBodied, EmploymentExemption.Exemption exemption) {
    }

    /** Who must take part in employment measures, decided by the law ({@link EmploymentExemption}). */
    public List<MemberDuty> duties(long caseId, LocalDate on) {
        CaseRow c = rows.load(caseId);
        return duties(c, on);
    }

    List<MemberDuty> duties(CaseRow c, LocalDate on) {
        Family family = applications.evaluatedFamily(c);
        Law l = law.on(on);
        Map<String, Boolean> able = new LinkedHashMap<>();
        Decisions.DecisionRow d = decisions.open(c.id());
        if (d != null) {
            jdbc.sql("select member_id, able_bodied from aid_decision_share where decision_id = :d").param("d", d.id())
                    .query((rs, n) -> able.put(rs.getString(1), rs.getBoolean(2))).list();
        }
        List<MemberDuty> out = new ArrayList<>();
        for (Member m : family.members()) {
            out.add(new MemberDuty(m.id(), able.getOrDefault(m.id(), false),
                    EmploymentExemption.of(m, family, l).orElse(null)));
        }
        return out;
    }

    @Transactional
    public long conclude(Officer officer, long caseId, Conclusion k) {
        access.requireRole(officer, "conclude a social contract", Role.CONSULTANT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        rows.requireState(c, "conclude a social contract", CaseState.CONTRACT_PENDING);
        LocalDate on = k.concludedOn() == null ? LocalDate.now(clock) : k.concludedOn();
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(c.appliedOn())) {
            throw new InvalidCaseInputException("concludedOn", "the contract's day must lie between the application "
                    + "day " + c.appliedOn() + " and today");
        }
        String mode = k.paymentMode() == null ? "monthly" : k.paymentMode();
        if (!mode.equals("monthly") && !mode.equals("three-months-at-once")) {
            throw new InvalidCaseInputException("paymentMode", "expected monthly or three-months-at-once");
        }
        if (k.plan() == null || k.plan().isEmpty()) {
            throw new InvalidCaseInputException("plan", "the individual family plan needs at least one activity");
        }
        Decisions.DecisionRow d = decisions.open(caseId);
        record Period(LocalDate from, LocalDate to) {
        }
        Period p = jdbc.sql("select period_from, period_to from aid_decision where id = :d").param("d", d.id())
                .query((rs, n) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
                .single();
        List<MemberDuty> duties = duties(c, on);
        checkPlan(k.plan(), duties, on, p.to());
        long contractId = jdbc.sql("""
                        insert into social_contract (case_id, concluded_on, valid_from, valid_to, payment_mode, status,
                                                     concluded_by)
                        values (:c, :on, :from, :to, :mode, 'active', :by) returning id""")
                .param("c", caseId).param("on", on).param("from", p.from()).param("to", p.to()).param("mode", mode)
                .param("by", officer.name()).query(Long.class).single();
        for (NewActivity a : k.plan()) {
            insertActivity(contractId, a);
        }
        assignments.open(c, d.id(), mode);
        // The members the plan gives an employment measure go on the career centre's list (issue 17).
        events.publishEvent(new SocialContractConcluded(caseId, contractId, on, k.plan().stream()
                .filter(a -> PlanMeasure.byCode(a.measure()).map(PlanMeasure::employment).orElse(false))
                .map(a -> Long.parseLong(a.memberId())).distinct().toList()));
        String late = c.contractDue() != null && on.isAfter(c.contractDue())
                ? "; concluded after the deadline " + c.contractDue() : "";
        rows.move(c, CaseState.UNDER_CONTRACT, officer, "conclude-contract",
                law.on(on).version("casework.deadline.contract-signature").reference().citation(),
                "contract " + contractId + ", " + p.from() + " – " + p.to() + ", " + k.plan().size()
                        + " activities" + late);
        return contractId;
    }

    private void checkPlan(List<NewActivity> plan, List<MemberDuty> duties, LocalDate from, LocalDate to) {
        Map<String, MemberDuty> byId = new LinkedHashMap<>();
        duties.forEach(d -> byId.put(d.memberId(), d));
        for (int i = 0; i < plan.size(); i++) {
            NewActivity a = plan.get(i);
            String f = "plan[" + i + "]";
            MemberDuty duty = byId.get(a.memberId());
            if (duty == null) {
                throw new InvalidCaseInputException(f + ".memberId", "no member '" + a.memberId() + "' in the family");
            }
            PlanMeasure m = PlanMeasure.byCode(a.measure()).orElseThrow(() -> new InvalidCaseInputException(
                    f + ".measure", "unknown measure '" + a.measure() + "'"));
            if (a.dueOn() == null || a.dueOn().isBefore(from) || a.dueOn().isAfter(to)) {
                throw new InvalidCaseInputException(f + ".dueOn", "the due date must lie within the contract, "
                        + from + " – " + to);
            }
            if (a.responsible() == null || a.responsible().isBlank()) {
                throw new InvalidCaseInputException(f + ".responsible", "name who is responsible");
            }
            if (m.employment() && duty.exemption() != null) {
                throw new InvalidCaseInputException(f + ".measure", "member " + a.memberId() + " is exempt from "
                        + "employment measures: " + duty.exemption().why().en() + " (" + duty.exemption().norm() + ")");
            }
        }
        for (MemberDuty d : duties) {
            if (d.ableBodied() && d.exemption() == null && plan.stream().noneMatch(a -> a.memberId().equals(d.memberId())
                    && PlanMeasure.byCode(a.measure()).map(PlanMeasure::employment).orElse(false))) {
                throw new InvalidCaseInputException("plan", "member " + d.memberId() + " is able-bodied and not exempt: "
                        + "the plan needs an employment measure for them");
            }
        }
    }

    private long insertActivity(long contractId, NewActivity a) {
        PlanMeasure m = PlanMeasure.byCode(a.measure()).orElseThrow();
        return jdbc.sql("""
                        insert into plan_activity (contract_id, member_id, measure, kind, due_on, responsible, status)
                        values (:c, :m, :measure, :kind, :due, :resp, 'planned') returning id""")
                .param("c", contractId).param("m", a.memberId()).param("measure", m.code()).param("kind", m.kind())
                .param("due", a.dueOn()).param("resp", a.responsible().trim()).query(Long.class).single();
    }

    /** Adds an activity to the plan of an active contract. */
    @Transactional
    public long addActivity(Officer officer, long caseId, NewActivity a) {
        access.requireRole(officer, "change the family plan", Role.CONSULTANT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        rows.requireState(c, "change the family plan", CaseState.UNDER_CONTRACT);
        ContractRow k = contract(caseId).orElseThrow();
        checkPlan(List.of(a), duties(c, LocalDate.now(clock)), k.validFrom(), k.validTo());
        long id = insertActivity(k.id(), a);
        rows.note(c, officer, "add-activity", null, a.measure() + " for member " + a.memberId() + " due " + a.dueOn());
        return id;
    }

    /** The assistant (or consultant) records whether an activity was fulfilled. */
    @Transactional
    public void recordFulfilment(Officer officer, long caseId, long activityId, String status, String note) {
        access.requireRole(officer, "record an activity's fulfilment", Role.ASSISTANT, Role.CONSULTANT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        rows.requireState(c, "record an activity's fulfilment", CaseState.UNDER_CONTRACT);
        if (!"done".equals(status) && !"missed".equals(status)) {
            throw new InvalidCaseInputException("status", "expected done or missed");
        }
        ContractRow k = contract(caseId).orElseThrow();
        int n = jdbc.sql("""
                        update plan_activity set status = :s, updated_by = :by, updated_at = now()
                        where id = :a and contract_id = :k and status = 'planned'""")
                .param("s", status).param("by", officer.name()).param("a", activityId).param("k", k.id()).update();
        if (n == 0) {
            throw new CaseRefusedException("activity-not-planned", "Activity " + activityId + " is not a planned "
                    + "activity of this contract (already recorded, or another case's).");
        }
        rows.note(c, officer, "activity-" + status, null, "activity " + activityId + (note == null ? "" : ": " + note));
    }

    /** The assistant's visit to the family. */
    @Transactional
    public long recordVisit(Officer officer, long caseId, LocalDate visitedOn, String note) {
        access.requireRole(officer, "record a monitoring visit", Role.ASSISTANT, Role.CONSULTANT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        rows.requireState(c, "record a monitoring visit", CaseState.UNDER_CONTRACT);
        LocalDate on = visitedOn == null ? LocalDate.now(clock) : visitedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidCaseInputException("visitedOn", "a visit cannot be recorded in advance");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidCaseInputException("note", "say what the visit found");
        }
        ContractRow k = contract(caseId).orElseThrow();
        long id = jdbc.sql("insert into monitoring_visit (contract_id, visited_on, assistant, note) "
                        + "values (:k, :on, :a, :n) returning id")
                .param("k", k.id()).param("on", on).param("a", officer.name()).param("n", note.trim())
                .query(Long.class).single();
        rows.note(c, officer, "visit", "Закон РК № 246-II, п. 10 ст. 4", note.trim());
        return id;
    }

    /** Prolongation on the employment commission's recommendation, for a reason of seed 003. */
    @Transactional
    public void prolong(Officer officer, long caseId, int months, String reason) {
        access.requireRole(officer, "prolong a social contract", Role.CONSULTANT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        rows.requireState(c, "prolong a social contract", CaseState.UNDER_CONTRACT);
        Law l = law.on(LocalDate.now(clock));
        List<String> reasons = l.codes("casework.contract.prolongation-reasons");
        if (!reasons.contains(reason)) {
            throw new InvalidCaseInputException("reason", "a contract is prolonged only for " + String.join(", ", reasons));
        }
        ContractRow k = contract(caseId).orElseThrow();
        int max = l.number("casework.contract.max-prolongation-months").intValueExact();
        if (months < 1 || k.prolongedMonths() + months > max) {
            throw new CaseRefusedException("prolongation-limit", "A contract is prolonged by at most " + max
                    + " months in all; this one already by " + k.prolongedMonths() + ".");
        }
        LocalDate to = k.validTo().plusDays(1).plusMonths(months).minusDays(1);
        jdbc.sql("""
                        update social_contract set valid_to = :to, prolonged_months = prolonged_months + :m,
                               prolongation_reason = :r where id = :k""")
                .param("to", to).param("m", months).param("r", reason).param("k", k.id()).update();
        assignments.ofCase(caseId).ifPresent(a -> assignments.extend(a.id(), YearMonth.from(to)));
        rows.note(c, officer, "prolong", l.version("casework.contract.max-prolongation-months").reference().citation(),
                months + " months for " + reason + "; now until " + to);
    }

    /** The social contract of a case. */
    public record ContractRow(long id, LocalDate concludedOn, LocalDate validFrom, LocalDate validTo, String paymentMode,
                              String status, int prolongedMonths, String terminatedReason) {
    }

    public Optional<ContractRow> contract(long caseId) {
        return jdbc.sql("select * from social_contract where case_id = :c").param("c", caseId)
                .query((rs, n) -> new ContractRow(rs.getLong("id"), rs.getObject("concluded_on", LocalDate.class),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                        rs.getString("payment_mode"), rs.getString("status"), rs.getInt("prolonged_months"),
                        rs.getString("terminated_reason")))
                .optional();
    }
}
