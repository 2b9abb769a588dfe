package kz.shanyraq.app.casework;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a change of the amount does to months the payroll has already settled. A sanction, a recalculation, an
 * upheld appeal, an end or a resumption of the payment may reach a month that was paid (three months at once, or a
 * payroll run made before the change was recorded). For each such month the difference between the amount now due
 * and what was paid (with the differences already recorded) is kept: an <b>arrear</b> owed to the family, paid with
 * the next payroll of the assignment, or an <b>overpayment</b> to be recovered. Overpayments are recorded and shown,
 * never withheld by the system itself: the recovery procedure is not in the seed documents.
 *
 * <p>Only months with a payroll line count: a month without one is still paid by the payroll of that month (its
 * unique key pays it once), so a difference recorded for it could pay it twice.
 */
@Service
public class PaymentDifferences {

    /**
     * The transaction lock between the payroll (exclusive) and changes of amounts (shared): a change either commits
     * before the payroll reads the amounts, or records its difference after the payroll's lines are committed.
     */
    static final long PAYROLL_LOCK = 0x4153505f50415952L;

    private final JdbcClient jdbc;

    PaymentDifferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A month's difference: positive is owed to the family, negative was paid too much. */
    public record Difference(YearMonth month, long amount, String cause, String status, YearMonth paidWith) {

        public boolean arrear() {
            return amount > 0;
        }
    }

    /**
     * Records the differences the assignment's amounts in force now leave on its settled months (none when nothing
     * changed; running it twice records nothing the second time). Called by every change of the amount or of the
     * assignment's months, in the change's transaction; the assignment's row is locked so two changes at once do not
     * both record the same difference, and a payroll being built is waited for.
     */
    List<Difference> settle(long assignmentId, String cause) {
        jdbc.sql("select pg_advisory_xact_lock_shared(:k)").param("k", PAYROLL_LOCK).query((rs, n) -> 1).single();
        jdbc.sql("select id from aid_assignment where id = :a for update").param("a", assignmentId)
                .query(Long.class).single();
        return jdbc.sql("""
                        with months as (
                            select distinct month from payroll_line where assignment_id = :a),
                        owed as (
                            select m.month,
                                   aid_amount_due(a, m.month)
                                   - coalesce((select sum(l.amount) from payroll_line l
                                               where l.assignment_id = a.id and l.month = m.month), 0)
                                   - coalesce((select sum(x.amount) from aid_payment_difference x
                                               where x.assignment_id = a.id and x.month = m.month), 0) as amount
                            from months m cross join aid_assignment a where a.id = :a)
                        insert into aid_payment_difference (assignment_id, month, amount, cause, status)
                        select :a, month, amount, :cause, case when amount > 0 then 'to-pay' else 'to-recover' end
                        from owed where amount <> 0
                        returning month, amount, cause, status, paid_with""")
                .param("a", assignmentId).param("cause", cause)
                .query((rs, n) -> map(rs)).list();
    }

    /** The differences of an assignment, month by month, in the order they were recorded. */
    public List<Difference> of(long assignmentId) {
        return jdbc.sql("select month, amount, cause, status, paid_with from aid_payment_difference "
                        + "where assignment_id = :a order by month, id")
                .param("a", assignmentId).query((rs, n) -> map(rs)).list();
    }

    private static Difference map(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate paidWith = rs.getObject("paid_with", LocalDate.class);
        return new Difference(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("amount"),
                rs.getString("cause"), rs.getString("status"), paidWith == null ? null : YearMonth.from(paidWith));
    }
}
