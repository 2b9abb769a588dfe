package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Each role's own queue within its territory, with the deadline of each task: the consultant's applications to take,
 * decisions to prepare, contracts to conclude, non-fulfilments to establish and changes of the family a life event
 * brought that could not be recalculated by themselves; the commission's surveys; the
 * department officer's decisions to approve and appeals to answer; the assistant's visits due and activities past
 * their due date. Oldest deadline first; a task past its deadline is overdue.
 */
@Service
public class CaseWorklist {

    private final JdbcClient jdbc;
    private final AspLaw law;
    private final Clock clock;

    CaseWorklist(JdbcClient jdbc, AspLaw law, Clock clock) {
        this.jdbc = jdbc;
        this.law = law;
        this.clock = clock;
    }

    /** A task: the case, what to do ({@code task} is a message key suffix), by when, and whether it is overdue. */
    public record Item(long caseId, long familyId, String task, String state, LocalDate appliedOn, LocalDate due,
                       boolean overdue, String detail) {
    }

    public List<Item> of(ShanyraqUser user) {
        LocalDate today = LocalDate.now(clock);
        Territory scope = user.scope();
        String where = scope == null ? "true" : scope.district() == null ? "c.region_code = :region"
                : "c.region_code = :region and c.district_id = :district";
        List<Item> items = new ArrayList<>();
        switch (user.role()) {
            case CONSULTANT -> {
                items.addAll(query("""
                        select c.id, c.family_id, 'take-application', c.state, c.applied_on, c.survey_due, null
                        from aid_case c where c.state = 'registered' and c.consultant is null and """ + " " + where, scope,
                        today));
                items.addAll(query("""
                        select c.id, c.family_id, 'prepare-decision', c.state, c.applied_on, c.decision_due, null
                        from aid_case c where c.state = 'surveyed' and """ + " " + where, scope, today));
                items.addAll(query("""
                        select c.id, c.family_id, 'conclude-contract', c.state, c.applied_on, c.contract_due, null
                        from aid_case c where c.state = 'contract-pending' and """ + " " + where, scope, today));
                items.addAll(query("""
                        select c.id, c.family_id, 'establish-non-fulfilment', c.state, c.applied_on, null,
                               a.measure || ' (' || a.member_id || ')'
                        from aid_case c join social_contract k on k.case_id = c.id
                        join plan_activity a on a.contract_id = k.id and a.status = 'missed' and not a.sanctioned
                        where c.state = 'under-contract' and """ + " " + where, scope, today));
                items.addAll(query("""
                        select c.id, c.family_id, 'review-change', c.state, c.applied_on, null,
                               ch.kind || ' ' || ch.changed_on || ': ' || ch.reason
                        from aid_case c join aid_assignment a on a.case_id = c.id
                        join aid_family_change ch on ch.assignment_id = a.id and ch.status = 'not-recalculated'
                        where c.state in ('assigned', 'under-contract') and """ + " " + where, scope, today));
            }
            case COMMISSION -> items.addAll(query("""
                    select c.id, c.family_id, 'survey', c.state, c.applied_on, c.survey_due, null
                    from aid_case c where c.state = 'registered' and """ + " " + where, scope, today));
            case DEPARTMENT_OFFICER -> {
                items.addAll(query("""
                        select c.id, c.family_id, 'approve-decision', c.state, c.applied_on, c.decision_due,
                               'prepared by ' || d.prepared_by
                        from aid_case c join aid_decision d on d.case_id = c.id and d.status = 'prepared'
                        where c.state = 'decision-prepared' and """ + " " + where, scope, today));
                items.addAll(query("""
                        select c.id, c.family_id, 'answer-appeal', c.state, c.applied_on, p.answer_due, p.subject
                        from aid_case c join aid_appeal p on p.case_id = c.id and p.status = 'registered'
                        where """ + " " + where, scope, today));
            }
            case ASSISTANT -> {
                int every = law.on(today).number("casework.deadline.monitoring-visit").intValueExact();
                items.addAll(query("""
                        select c.id, c.family_id, 'visit', c.state, c.applied_on,
                               (coalesce((select max(v.visited_on) from monitoring_visit v where v.contract_id = k.id),
                                         k.concluded_on) + :every)::date, null
                        from aid_case c join social_contract k on k.case_id = c.id
                        where c.state = 'under-contract' and """ + " " + where, scope, today, every));
                items.addAll(query("""
                        select c.id, c.family_id, 'check-activity', c.state, c.applied_on, a.due_on,
                               a.measure || ' (' || a.member_id || ')'
                        from aid_case c join social_contract k on k.case_id = c.id
                        join plan_activity a on a.contract_id = k.id and a.status = 'planned' and a.due_on <= :today
                        where c.state = 'under-contract' and """ + " " + where, scope, today));
            }
            default -> {
            }
        }
        items.sort(Comparator.comparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::caseId));
        return items;
    }

    private List<Item> query(String sql, Territory scope, LocalDate today) {
        return query(sql, scope, today, 0);
    }

    private List<Item> query(String sql, Territory scope, LocalDate today, int every) {
        var spec = jdbc.sql(sql + " order by c.id limit 500");
        if (sql.contains(":region")) {
            spec = spec.param("region", scope.region());
        }
        if (sql.contains(":district")) {
            spec = spec.param("district", scope.district());
        }
        if (sql.contains(":every")) {
            spec = spec.param("every", every);
        }
        if (sql.contains(":today")) {
            spec = spec.param("today", today);
        }
        return spec.query((rs, n) -> {
            LocalDate due = rs.getObject(6, LocalDate.class);
            return new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), due, due != null && due.isBefore(today), rs.getString(7));
        }).list();
    }
}
