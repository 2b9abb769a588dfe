package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.casework.internal.CaseRow;
import kz.shanyraq.app.casework.internal.CaseRows;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.law.casework.ContractSanction;
import kz.shanyraq.law.casework.ContractSanction.Kind;
import kz.shanyraq.law.casework.ContractSanction.MemberEffect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Sanctions of a broken social contract (Law 246-II art. 4 p. 12, art. 2 p. 6; the rule itself is the law's
 * {@link ContractSanction}). Which one applies follows from the case: a missed activity is the first
 * non-fulfilment unless a first one is in force, then it is a repeated one (only after the first cut's month).
 * A sanction applies from the month after it is established.
 */
@Service
public class Sanctions {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final CaseRows rows;
    private final Assignments assignments;
    private final Contracts contracts;
    private final Decisions decisions;
    private final AspLaw law;
    private final Clock clock;

    Sanctions(JdbcClient jdbc, CaseAccess access, CaseRows rows, Assignments assignments, Contracts contracts,
              Decisions decisions, AspLaw law, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.rows = rows;
        this.assignments = assignments;
        this.contracts = contracts;
        this.decisions = decisions;
        this.law = law;
        this.clock = clock;
    }

    /** A sanction as recorded. */
    public record Sanction(long id, String kind, Long activityId, LocalDate establishedOn, YearMonth firstMonth,
                           YearMonth lastMonth, long amountBefore, long amountAfter, Long debt, String members,
                           String norm, String status, String recordedBy) {
    }

    /**
     * Establishes a non-fulfilment (of a missed activity) or false information.
     *
     * @param ground {@code non-fulfilment} (needs {@code activityId}) or {@code false-information}
     */
    @Transactional
    public Sanction establish(Officer officer, long caseId, String ground, Long activityId, LocalDate establishedOn) {
        access.requireRole(officer, "establish a sanction", Role.CONSULTANT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        Assignments.Assignment a = assignments.ofCase(caseId).orElse(null);
        if (a != null && a.form().equals("unconditional")) {
            throw new CaseRefusedException("unconditional-assignment", "Case " + caseId + " has unconditional aid: "
                    + "sanctions apply only to conditional aid under a social contract (Закон РК № 246-II, п. 12 ст. 4).");
        }
        rows.requireState(c, "establish a sanction", CaseState.UNDER_CONTRACT);
        LocalDate on = establishedOn == null ? LocalDate.now(clock) : establishedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidCaseInputException("establishedOn", "a sanction cannot be established in advance");
        }
        Kind kind;
        if ("false-information".equals(ground)) {
            kind = Kind.FALSE_INFORMATION;
        } else if ("non-fulfilment".equals(ground)) {
            if (activityId == null) {
                throw new InvalidCaseInputException("activityId", "name the missed activity of the plan");
            }
            Contracts.ContractRow k = contracts.contract(caseId).orElseThrow();
            String status = jdbc.sql("select case when sanctioned then 'sanctioned' else status end from plan_activity "
                            + "where id = :a and contract_id = :k")
                    .param("a", activityId).param("k", k.id()).query(String.class).optional().orElse(null);
            if (status == null) {
                throw new InvalidCaseInputException("activityId", "activity " + activityId + " is not in this family's plan");
            }
            if (!status.equals("missed")) {
                throw new CaseRefusedException("activity-not-missed", "Activity " + activityId + " is " + status
                        + ": a sanction needs an activity recorded as missed and not sanctioned yet.");
            }
            Sanction first = inForce(caseId).stream().filter(s -> s.kind().equals(Kind.FIRST_NON_FULFILMENT.code()))
                    .findFirst().orElse(null);
            if (first == null) {
                kind = Kind.FIRST_NON_FULFILMENT;
            } else {
                if (!YearMonth.from(on).isAfter(first.lastMonth())) {
                    throw new CaseRefusedException("first-sanction-month-running", "The first sanction's cut runs "
                            + "through " + first.lastMonth() + ": a repeated non-fulfilment is established only after "
                            + "that month (Закон РК № 246-II, п. 12 ст. 4).");
                }
                kind = Kind.REPEATED_NON_FULFILMENT;
            }
        } else {
            throw new InvalidCaseInputException("ground", "expected non-fulfilment or false-information");
        }
        Decisions.DecisionRow d = decisions.open(caseId);
        long supplement = jdbc.sql("select child_supplement from aid_decision where id = :d").param("d", d.id())
                .query(Long.class).single();
        List<ContractSanction.Share> shares = jdbc.sql("""
                        select member_id, birth_date, full_time_student, amount from aid_decision_share
                        where decision_id = :d order by member_id""")
                .param("d", d.id())
                .query((rs, n) -> new ContractSanction.Share(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3), rs.getLong(4)))
                .list();
        ContractSanction.Result r = ContractSanction.apply(kind, shares, law.on(on));
        YearMonth from = YearMonth.from(on).plusMonths(1);
        YearMonth to = r.months() > 0 ? from.plusMonths(r.months() - 1) : null;
        long before = r.before() + supplement;
        long after = kind == Kind.FALSE_INFORMATION ? 0 : r.after() + supplement;
        Long debt = null;
        if (kind == Kind.FALSE_INFORMATION) {
            // What was paid before the payment ends; the months paid from then on (three months at once) become
            // overpayments of the assignment (PaymentDifferences), so nothing is counted twice.
            debt = jdbc.sql("select coalesce(sum(amount), 0) from payroll_line where assignment_id = :a "
                    + "and status <> 'returned' and month < :from").param("a", a.id()).param("from", from.atDay(1))
                    .query(Long.class).single();
        }
        String members = r.members().stream().map(Sanctions::describe).collect(Collectors.joining("; "));
        long id = jdbc.sql("""
                        insert into aid_sanction (case_id, kind, activity_id, established_on, first_month, last_month,
                                                  amount_before, amount_after, debt, members, norm, status, recorded_by)
                        values (:c, :k, :act, :on, :from, :to, :before, :after, :debt, :members, :norm, 'in-force', :by)
                        returning id""")
                .param("c", caseId).param("k", kind.code()).param("act", activityId).param("on", on)
                .param("from", from.atDay(1)).param("to", to == null ? null : to.atDay(1)).param("before", before)
                .param("after", after).param("debt", debt).param("members", members).param("norm", r.norm())
                .param("by", officer.name()).query(Long.class).single();
        if (activityId != null) {
            jdbc.sql("update plan_activity set sanctioned = true where id = :a").param("a", activityId).update();
        }
        String explanation = kind.code() + " established " + on + ": " + members + " (" + r.norm() + ")";
        if (kind == Kind.FIRST_NON_FULFILMENT) {
            assignments.change(a.id(), from, to, after, "sanction", id, explanation);
            rows.note(c, officer, "sanction", r.norm(), explanation);
        } else {
            if (after > 0) {
                assignments.change(a.id(), from, null, after, "sanction", id, explanation);
            } else {
                assignments.end(a.id(), from, "sanction");
            }
            jdbc.sql("update social_contract set status = 'terminated', terminated_reason = :r where case_id = :c")
                    .param("r", kind.code()).param("c", caseId).update();
            rows.move(c, CaseState.TERMINATED, officer, "sanction", r.norm(), explanation
                    + (debt == null ? "" : "; overpaid " + debt + " ₸ recorded as a debt"));
        }
        return sanction(id);
    }

    private static String describe(MemberEffect e) {
        return e.memberId() + " " + e.effect().name().toLowerCase() + " " + e.before() + "→" + e.after() + " ("
                + e.why().en() + ")";
    }

    /** Annuls a sanction whose appeal was upheld: its amounts are revoked and a terminated contract resumes. */
    void annul(Officer officer, long sanctionId) {
        Sanction s = sanction(sanctionId);
        long caseId = jdbc.sql("select case_id from aid_sanction where id = :s").param("s", sanctionId)
                .query(Long.class).single();
        jdbc.sql("update aid_sanction set status = 'annulled' where id = :s").param("s", sanctionId).update();
        boolean ended = !s.kind().equals(Kind.FIRST_NON_FULFILMENT.code());
        assignments.ofCase(caseId).ifPresent(a -> assignments.revokeSanction(a.id(), sanctionId, ended));
        if (ended) {
            jdbc.sql("update social_contract set status = 'active', terminated_reason = null where case_id = :c")
                    .param("c", caseId).update();
            CaseRow c = rows.load(caseId);
            rows.move(c, CaseState.UNDER_CONTRACT, officer, "annul-sanction", null, "sanction " + sanctionId
                    + " annulled on appeal");
        }
    }

    public List<Sanction> ofCase(long caseId) {
        return jdbc.sql("select * from aid_sanction where case_id = :c order by id").param("c", caseId)
                .query((rs, n) -> map(rs)).list();
    }

    List<Sanction> inForce(long caseId) {
        return ofCase(caseId).stream().filter(s -> s.status().equals("in-force")).toList();
    }

    public Sanction sanction(long id) {
        return jdbc.sql("select * from aid_sanction where id = :s").param("s", id).query((rs, n) -> map(rs))
                .optional().orElseThrow(() -> new CaseNotFoundException("no sanction " + id));
    }

    private static Sanction map(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate last = rs.getObject("last_month", LocalDate.class);
        return new Sanction(rs.getLong("id"), rs.getString("kind"), (Long) rs.getObject("activity_id"),
                rs.getObject("established_on", LocalDate.class),
                YearMonth.from(rs.getObject("first_month", LocalDate.class)), last == null ? null : YearMonth.from(last),
                rs.getLong("amount_before"), rs.getLong("amount_after"), (Long) rs.getObject("debt"),
                rs.getString("members"), rs.getString("norm"), rs.getString("status"), rs.getString("recorded_by"));
    }
}
