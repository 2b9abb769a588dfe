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

    /**
     * A run: how many month lines it added and their total (lines already paid by an earlier run are not added), of
     * them the months caught up (never paid though their payroll was run) and their total, and the arrears it paid
     * (differences owed to families on months already settled, {@link PaymentDifferences}).
     */
    public record Run(long id, YearMonth month, int lines, long total, int arrears, long arrearsTotal, int caughtUp,
                      long caughtUpTotal) {
    }

    /**
     * The months an assignment was due but no payroll paid, though that month's payroll of its region was run: opened
     * after the run, or skipped while the payment was ended and then resumed on an upheld appeal. They are paid once,
     * by the next run, as arrears ({@code caught_up}); the unique key (assignment, month) keeps any later run of those
     * months from paying them again.
     */
    private static final String MONTHS_NEVER_PAID = """
            insert into payroll_line (run_id, assignment_id, month, paid_with, recipient_id, account, amount, caught_up)
            select :run, a.id, mo.month, :m, a.recipient_id, a.account, aid_amount_due(a, mo.month), true
            from aid_assignment a
            cross join lateral (select cast(gs as date) as month
                                from generate_series(cast(a.first_month as timestamp),
                                                     least(cast(a.last_month as timestamp),
                                                           cast(:m as timestamp) - interval '1 month'),
                                                     interval '1 month') gs) mo
            where a.first_month < :m
              and (cast(:region as text) is null or a.region_code = :region)
              and exists (select 1 from payroll_run r where r.month = mo.month and r.id <> :run
                          and (r.region_code is null or r.region_code = a.region_code))
              and not exists (select 1 from payroll_line l where l.assignment_id = a.id and l.month = mo.month)
              and aid_amount_due(a, mo.month) > 0
            on conflict on constraint payroll_line_once_a_month do nothing
            returning amount""";

    @Transactional
    public Run run(Officer officer, YearMonth month) {
        access.requireRole(officer, "run the payroll", Role.OPERATOR, Role.DEPARTMENT_OFFICER);
        String region = officer.user().scope() == null ? null : officer.user().scope().region();
        return build(officer.name(), month, region);
    }

    /** Builds and stores the payroll of a month (of one region, or of all when {@code region} is null). */
    @Transactional
    public Run build(String by, YearMonth month, String region) {
        // Changes of amounts wait for this run (and it for them), so none slips between the lines and its difference.
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", PaymentDifferences.PAYROLL_LOCK)
                .query((rs, n) -> 1).single();
        long run = jdbc.sql("insert into payroll_run (month, started_by, region_code) values (:m, :by, :region) "
                        + "returning id")
                .param("m", month.atDay(1)).param("by", by).param("region", region).query(Long.class).single();
        record Added(int lines, long total) {
        }
        // The amount of each month is aid_amount_due (V43), the one definition the case file and the differences use.
        Added added = jdbc.sql("""
                        with added as (
                            insert into payroll_line (run_id, assignment_id, month, paid_with, recipient_id, account,
                                                      amount)
                            select :run, a.id, :m, :m, a.recipient_id, a.account, d.amount
                            from aid_assignment a
                            cross join lateral (select aid_amount_due(a, :m) as amount) d
                            where a.first_month <= :m and a.last_month >= :m
                              and (a.ended_from is null or a.ended_from > :m)
                              and a.payment_mode = 'monthly'
                              and d.amount > 0
                              and (cast(:region as text) is null or a.region_code = :region)
                            union all
                            -- Three months at once: the months of the assignment's three-month block that holds this
                            -- month (blocks counted from its first month), each with the amount due in it.
                            select :run, a.id, b.month, :m, a.recipient_id, a.account, b.amount
                            from aid_assignment a
                            cross join lateral (
                                select mo.month, aid_amount_due(a, mo.month) as amount
                                from (select (a.first_month + make_interval(months => 3 * (((extract(year from :m) * 12
                                                 + extract(month from :m)) - (extract(year from a.first_month) * 12
                                                 + extract(month from a.first_month)))::int / 3) + i))::date as month
                                      from generate_series(0, 2) i) mo
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
        // Months never paid though their payroll was run go with this one, as arrears (after this month's own lines,
        // so a block paid at once counts as the block).
        Added caughtUp = jdbc.sql("with added as (" + MONTHS_NEVER_PAID + """
                        )
                        select count(*), coalesce(sum(amount), 0) from added""")
                .param("run", run).param("m", month.atDay(1)).param("region", region)
                .query((rs, n) -> new Added(rs.getInt(1), rs.getLong(2))).single();
        // Arrears owed on settled months go with this payroll. The row lock of the update makes a second run at the
        // same time find them paid already (its WHERE is rechecked after the lock), so no arrear is paid twice.
        Added arrears = jdbc.sql("""
                        with paid as (
                            update aid_payment_difference x set status = 'paid', paid_with = :m, run_id = :run
                            from aid_assignment a
                            where a.id = x.assignment_id and x.status = 'to-pay'
                              and (cast(:region as text) is null or a.region_code = :region)
                            returning x.amount)
                        select count(*), coalesce(sum(amount), 0) from paid""")
                .param("run", run).param("m", month.atDay(1)).param("region", region)
                .query((rs, n) -> new Added(rs.getInt(1), rs.getLong(2))).single();
        jdbc.sql("update payroll_run set finished_at = clock_timestamp(), lines = :n, total = :t where id = :r")
                .param("n", added.lines() + caughtUp.lines())
                .param("t", added.total() + caughtUp.total() + arrears.total()).param("r", run).update();
        return new Run(run, month, added.lines() + caughtUp.lines(), added.total() + caughtUp.total(), arrears.lines(),
                arrears.total(), caughtUp.lines(), caughtUp.total());
    }

    /**
     * The transfers a month's payroll makes, one per assignment: its month lines paid with that month plus the
     * arrears paid with it. The file and the reconciliation of returns both read this.
     */
    private static final String TRANSFERS = """
            select t.assignment_id, sum(t.amount) as amount, count(*) filter (where t.line) as months,
                   to_char(min(t.month) filter (where t.line), 'YYYY-MM') as first_month,
                   to_char(max(t.month) filter (where t.line), 'YYYY-MM') as last_month,
                   coalesce(sum(t.amount) filter (where not t.line), 0) as arrears,
                   min(t.recipient_id) as recipient_id, min(t.account) as account
            from (select assignment_id, month, amount, not caught_up as line, recipient_id, account from payroll_line
                  where paid_with = :m
                  union all
                  select assignment_id, month, amount, false, null, null from aid_payment_difference
                  where status = 'paid' and paid_with = :m) t
            group by t.assignment_id""";

    /**
     * The file for the paying agent: one line per transfer the month's payroll makes,
     * {@code month;assignment;recipient IIN;account;amount;months;arrears} ({@code months}: the month paid, or the first
     * and last of the months paid at once, {@code 2026-01..2026-03}; {@code arrears}: the part of the amount owed on
     * months settled before or never paid, already included in {@code amount}). Recorded in the audit trail (one row for the file).
     */
    @Transactional(readOnly = true)
    public int writeFile(Officer officer, YearMonth month, Writer out) {
        access.requireRole(officer, "export the payroll file", Role.OPERATOR, Role.DEPARTMENT_OFFICER);
        String region = officer.user().scope() == null ? null : officer.user().scope().region();
        int[] n = {0};
        try {
            out.write("month;assignment;recipient_iin;account;amount;months;arrears\n");
            jdbc.sql("with transfers as (" + TRANSFERS + """
                            )
                            select t.assignment_id, p.iin, coalesce(t.account, a.account), t.amount, t.months,
                                   t.first_month, t.last_month, t.arrears
                            from transfers t join aid_assignment a on a.id = t.assignment_id
                            left join person p on p.id = coalesce(t.recipient_id, a.recipient_id)
                            where cast(:region as text) is null or a.region_code = :region
                            order by t.assignment_id""")
                    .param("m", month.atDay(1)).param("region", region)
                    .query(rs -> {
                        try {
                            String months = rs.getInt(5) == 0 ? "" : rs.getInt(5) == 1 ? rs.getString(6)
                                    : rs.getString(6) + ".." + rs.getString(7);
                            out.write(month + ";" + rs.getLong(1) + ";" + rs.getString(2) + ";" + rs.getString(3) + ";"
                                    + rs.getLong(4) + ";" + months + ";" + rs.getLong(8) + "\n");
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
            Long amount = jdbc.sql("select amount from (" + TRANSFERS + ") t where t.assignment_id = :a")
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
