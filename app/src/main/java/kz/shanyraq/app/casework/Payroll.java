package kz.shanyraq.app.casework;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly payroll of АСП: every assignment in force in a month, with the amount in force that month (sanctions
 * and recalculations applied; the child supplement is part of the assigned amount). Each assignment is paid at most
 * once a month: the database's unique key (assignment, month) decides, so runs at the same time cannot pay twice.
 * The file for the paying agent, and the import of its returns with reconciliation.
 */
@Service
public class Payroll {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditTrail audit;

    Payroll(JdbcClient jdbc, CaseAccess access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** A run: how many lines it added and their total (lines already paid by an earlier run are not added). */
    public record Run(long id, YearMonth month, int lines, long total) {
    }

    @Transactional
    public Run run(Officer officer, YearMonth month) {
        access.requireRole(officer, "run the payroll", Role.OPERATOR, Role.DEPARTMENT_OFFICER);
        String region = officer.user().scope() == null ? null : officer.user().scope().region();
        return build(officer.name(), month, region);
    }

    /** Builds and stores the payroll of a month (of one region, or of all when {@code region} is null). */
    @Transactional
    public Run build(String by, YearMonth month, String region) {
        long run = jdbc.sql("insert into payroll_run (month, started_by) values (:m, :by) returning id")
                .param("m", month.atDay(1)).param("by", by).query(Long.class).single();
        record Added(int lines, long total) {
        }
        Added added = jdbc.sql("""
                        with added as (
                            insert into payroll_line (run_id, assignment_id, month, paid_with, recipient_id, account,
                                                      amount)
                            select :run, a.id, :m, :m, a.recipient_id, a.account, coalesce(ch.amount, a.monthly_amount)
                            from aid_assignment a
                            left join (select distinct on (assignment_id) assignment_id, amount
                                       from aid_amount_change
                                       where not revoked and from_month <= :m and (to_month is null or to_month >= :m)
                                       order by assignment_id, from_month desc, id desc) ch on ch.assignment_id = a.id
                            where a.first_month <= :m and a.last_month >= :m
                              and (a.ended_from is null or a.ended_from > :m)
                              and a.payment_mode = 'monthly'
                              and coalesce(ch.amount, a.monthly_amount) > 0
                              and (cast(:region as text) is null or a.region_code = :region)
                            union all
                            -- Three months at once: the months of the assignment's three-month block that holds this
                            -- month (blocks counted from its first month), each with the amount in force in it.
                            select :run, a.id, b.month, :m, a.recipient_id, a.account, b.amount
                            from aid_assignment a
                            cross join lateral (
                                select mo.month, coalesce((select ch.amount from aid_amount_change ch
                                                           where ch.assignment_id = a.id and not ch.revoked
                                                             and ch.from_month <= mo.month
                                                             and (ch.to_month is null or ch.to_month >= mo.month)
                                                           order by ch.from_month desc, ch.id desc limit 1),
                                                          a.monthly_amount) as amount
                                from (select (a.first_month + make_interval(months => 3 * (((extract(year from :m) * 12
                                                 + extract(month from :m)) - (extract(year from a.first_month) * 12
                                                 + extract(month from a.first_month)))::int / 3) + i))::date as month
                                      from generate_series(0, 2) i) mo
                                where mo.month <= a.last_month and (a.ended_from is null or a.ended_from > mo.month)
                                order by mo.month) b
                            where a.first_month <= :m and a.last_month >= :m
                              and (a.ended_from is null or a.ended_from > :m)
                              and a.payment_mode = 'three-months-at-once'
                              and b.amount > 0
                              and (cast(:region as text) is null or a.region_code = :region)
                            on conflict on constraint payroll_line_once_a_month do nothing
                            returning amount)
                        select count(*), coalesce(sum(amount), 0) from added""")
                .param("run", run).param("m", month.atDay(1)).param("region", region)
                .query((rs, n) -> new Added(rs.getInt(1), rs.getLong(2))).single();
        int lines = added.lines();
        long total = added.total();
        jdbc.sql("update payroll_run set finished_at = clock_timestamp(), lines = :n, total = :t where id = :r")
                .param("n", lines).param("t", total).param("r", run).update();
        return new Run(run, month, lines, total);
    }

    /**
     * The file for the paying agent: one line per transfer the month's payroll makes,
     * {@code month;assignment;recipient IIN;account;amount;months} ({@code months}: the month paid, or the first and
     * last of the months paid at once, {@code 2026-01..2026-03}). Recorded in the audit trail (one row for the file).
     */
    @Transactional(readOnly = true)
    public int writeFile(Officer officer, YearMonth month, Writer out) {
        access.requireRole(officer, "export the payroll file", Role.OPERATOR, Role.DEPARTMENT_OFFICER);
        String region = officer.user().scope() == null ? null : officer.user().scope().region();
        int[] n = {0};
        try {
            out.write("month;assignment;recipient_iin;account;amount;months\n");
            jdbc.sql("""
                            select l.assignment_id, p.iin, min(l.account), sum(l.amount), count(*),
                                   to_char(min(l.month), 'YYYY-MM'), to_char(max(l.month), 'YYYY-MM')
                            from payroll_line l join aid_assignment a on a.id = l.assignment_id
                            left join person p on p.id = l.recipient_id
                            where l.paid_with = :m and (cast(:region as text) is null or a.region_code = :region)
                            group by l.assignment_id, p.iin
                            order by l.assignment_id""")
                    .param("m", month.atDay(1)).param("region", region)
                    .query(rs -> {
                        try {
                            String months = rs.getInt(5) == 1 ? rs.getString(6) : rs.getString(6) + ".." + rs.getString(7);
                            out.write(month + ";" + rs.getLong(1) + ";" + rs.getString(2) + ";" + rs.getString(3) + ";"
                                    + rs.getLong(4) + ";" + months + "\n");
                            n[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(new AuditEntry(officer.name(), officer.user().role().code(), officer.channel(), "family-card",
                Purpose.CASE_WORK.code(), null, null, null, month.atDay(1), "granted",
                "payroll file " + month + ": " + n[0] + " recipients"));
        return n[0];
    }

    /** The reconciliation of a returns file. */
    public record Reconciliation(YearMonth month, int paid, int returned, int unmatched, long stillUnanswered,
                                 List<String> problems) {
    }

    /**
     * Imports the paying agent's returns, {@code assignment;amount;outcome;reason} per line (outcome {@code paid} or
     * {@code returned}), after a header line. A malformed line refuses the whole file (400, line named); a line that
     * matches no payment of the month, or whose amount differs, is kept as unmatched.
     */
    @Transactional
    public Reconciliation importReturns(Officer officer, YearMonth month, String file) {
        access.requireRole(officer, "import the paying agent's returns", Role.OPERATOR, Role.DEPARTMENT_OFFICER);
        record Line(int no, long assignment, long amount, String outcome, String reason) {
        }
        List<Line> lines = new ArrayList<>();
        String[] rows = file.split("\r?\n");
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            String[] f = rows[i].split(";", -1);
            String where = "line " + (i + 1);
            if (f.length < 3) {
                throw new InvalidCaseInputException(where, where + ": expected assignment;amount;outcome;reason");
            }
            try {
                String outcome = f[2].trim();
                if (!outcome.equals("paid") && !outcome.equals("returned")) {
                    throw new InvalidCaseInputException(where, where + ": outcome must be paid or returned");
                }
                String reason = f.length > 3 ? f[3].trim() : "";
                if (outcome.equals("returned") && reason.isEmpty()) {
                    throw new InvalidCaseInputException(where, where + ": a returned payment needs its reason");
                }
                lines.add(new Line(i + 1, Long.parseLong(f[0].trim()), Long.parseLong(f[1].trim()), outcome, reason));
            } catch (NumberFormatException e) {
                throw new InvalidCaseInputException(where, where + ": assignment and amount must be whole numbers");
            }
        }
        int paid = 0;
        int returned = 0;
        int unmatched = 0;
        List<String> problems = new ArrayList<>();
        for (Line l : lines) {
            Long amount = jdbc.sql("select sum(amount) from payroll_line where assignment_id = :a and paid_with = :m "
                            + "group by assignment_id")
                    .param("a", l.assignment()).param("m", month.atDay(1)).query(Long.class).optional().orElse(null);
            String problem = amount == null ? "no payment of assignment " + l.assignment() + " in " + month
                    : amount != l.amount() ? "amount " + l.amount() + " differs from the payroll's " + amount : null;
            if (problem == null) {
                jdbc.sql("update payroll_line set status = :s, return_reason = :r where assignment_id = :a "
                                + "and paid_with = :m")
                        .param("s", l.outcome()).param("r", l.reason().isEmpty() ? null : l.reason())
                        .param("a", l.assignment()).param("m", month.atDay(1)).update();
                if (l.outcome().equals("paid")) {
                    paid++;
                } else {
                    returned++;
                }
            } else {
                unmatched++;
                problems.add("line " + l.no() + ": " + problem);
            }
            jdbc.sql("""
                            insert into payroll_return (month, assignment_id, outcome, reason, matched, problem, imported_by)
                            values (:m, :a, :o, :r, :matched, :p, :by)""")
                    .param("m", month.atDay(1)).param("a", l.assignment()).param("o", l.outcome())
                    .param("r", l.reason()).param("matched", problem == null).param("p", problem)
                    .param("by", officer.name()).update();
        }
        long open = jdbc.sql("select count(distinct assignment_id) from payroll_line where paid_with = :m "
                        + "and status = 'to-pay'")
                .param("m", month.atDay(1)).query(Long.class).single();
        return new Reconciliation(month, paid, returned, unmatched, open, problems);
    }
}
