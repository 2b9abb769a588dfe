package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the ministry publishes on АСП case work, by region and month of application: aggregates only, and a
 * count of 1 to 4 is hidden (null) so that no family in a small district can be pointed at — the rule of the category
 * distribution ({@code recompute}).
 */
@Service
public class CaseFigures {

    private final JdbcClient jdbc;
    private final CaseAccess access;

    CaseFigures(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * One region and month. Counts are null when hidden (1–4).
     *
     * @param averageDaysToDecision calendar days from application to the approved decision (null when fewer than 5 decisions)
     * @param refusalsByReason refusals per failed condition (hidden counts left out, their total in {@code refusals})
     */
    public record Row(String region, YearMonth month, Long applications, Long assigned, Long refused,
                      Map<String, Long> refusalsByReason, Double averageDaysToDecision, Long familiesAssisted,
                      Long personsAssisted, Long contractsConcluded, Long contractsProlonged, Long contractsTerminated,
                      Long sanctions) {
    }

    public List<Row> of(Officer officer, YearMonth from, YearMonth to) {
        access.requireRole(officer, "read the case-work figures", Role.ANALYST, Role.OPERATOR, Role.ADMIN,
                Role.DEPARTMENT_OFFICER);
        String region = officer.user().scope() == null ? null : officer.user().scope().region();
        List<Row> rows = jdbc.sql("""
                        select c.region_code, date_trunc('month', c.applied_on)::date as month,
                               count(*) as applications,
                               count(*) filter (where d.outcome = 'assign') as assigned,
                               count(*) filter (where d.outcome = 'refuse') as refused,
                               avg(d.checked_at::date - c.applied_on) as days,
                               coalesce(sum(d.members) filter (where d.outcome = 'assign'), 0) as persons,
                               count(k.id) as contracts,
                               count(k.id) filter (where k.prolonged_months > 0) as prolonged,
                               count(k.id) filter (where k.status = 'terminated') as terminated,
                               coalesce(sum((select count(*) from aid_sanction s where s.case_id = c.id
                                                and s.status = 'in-force')), 0) as sanctions
                        from aid_case c
                        left join aid_decision d on d.case_id = c.id and d.status = 'approved'
                        left join social_contract k on k.case_id = c.id
                        where c.applied_on >= :from and c.applied_on < :to
                          and (cast(:region as text) is null or c.region_code = :region)
                        group by 1, 2 order by 1, 2""")
                .param("from", from.atDay(1)).param("to", to.plusMonths(1).atDay(1)).param("region", region)
                .query((rs, n) -> new Row(rs.getString(1), YearMonth.from(rs.getObject(2, java.time.LocalDate.class)),
                        shown(rs.getLong(3)), shown(rs.getLong(4)), shown(rs.getLong(5)), new LinkedHashMap<>(),
                        decided(rs.getLong(4) + rs.getLong(5)) ? rs.getDouble(6) : null, shown(rs.getLong(4)), shown(rs.getLong(7)),
                        shown(rs.getLong(8)), shown(rs.getLong(9)), shown(rs.getLong(10)), shown(rs.getLong(11))))
                .list();
        for (Row r : rows) {
            jdbc.sql("""
                            select d.failed_condition, count(*) from aid_case c
                            join aid_decision d on d.case_id = c.id and d.status = 'approved' and d.outcome = 'refuse'
                            where c.region_code = :r and date_trunc('month', c.applied_on)::date = :m
                            group by 1 having count(*) >= 5 order by 1""")
                    .param("r", r.region()).param("m", r.month().atDay(1))
                    .query((rs, n) -> r.refusalsByReason().put(rs.getString(1), rs.getLong(2))).list();
        }
        return rows;
    }

    /** The average processing time is shown when 5 or more decisions (assignments and refusals) make it. */
    private static boolean decided(long decisions) {
        return decisions > 0 && shown(decisions) != null;
    }

    /** A count as published: 0 and 5 or more shown, 1–4 hidden. */
    static Long shown(long count) {
        return kz.shanyraq.app.recompute.Distribution.hidden(count) ? null : count;
    }
}
