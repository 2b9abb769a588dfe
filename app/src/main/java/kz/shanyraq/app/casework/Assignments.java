package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.CaseRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The assignment an approved decision opens: recipient, account, form, months and the monthly amount (АСП plus the
 * child supplement); changes of the amount from a month on (sanctions, recalculations) are kept beside it, so the
 * payroll of a month reads the amount in force that month.
 */
@Service
public class Assignments {

    private final JdbcClient jdbc;
    private final PaymentDifferences differences;

    Assignments(JdbcClient jdbc, PaymentDifferences differences) {
        this.jdbc = jdbc;
        this.differences = differences;
    }

    /**
     * Opens the assignment of an approved decision to assign (one per case), paid {@code monthly} or (conditional aid,
     * on the family's request in the contract) {@code three-months-at-once}.
     */
    long open(CaseRow c, long decisionId, String paymentMode) {
        return jdbc.sql("""
                        insert into aid_assignment (case_id, family_id, recipient_id, account, form, first_month,
                                                    last_month, monthly_amount, region_code, status, payment_mode)
                        select d.case_id, :f, :r, :acc, d.form, date_trunc('month', d.period_from)::date,
                               date_trunc('month', d.period_to)::date, d.monthly_amount + d.child_supplement, :region,
                               'active', :mode
                        from aid_decision d where d.id = :d
                        returning id""")
                .param("f", c.familyId()).param("r", c.applicantId()).param("acc", c.account()).param("mode", paymentMode)
                .param("region", c.territory().region()).param("d", decisionId).query(Long.class).single();
    }

    /** The assignment of a case, if one is open. */
    public record Assignment(long id, String form, YearMonth firstMonth, YearMonth lastMonth, long monthlyAmount,
                             String status, String paymentMode) {
    }

    public java.util.Optional<Assignment> ofCase(long caseId) {
        return jdbc.sql("select id, form, first_month, last_month, monthly_amount, status, payment_mode from aid_assignment "
                        + "where case_id = :c")
                .param("c", caseId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2),
                        YearMonth.from(rs.getObject(3, LocalDate.class)), YearMonth.from(rs.getObject(4, LocalDate.class)),
                        rs.getLong(5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    /** The amount due for a month: the latest change in force that month, or the assigned amount (0 once ended). */
    public long amountFor(long assignmentId, YearMonth month) {
        return jdbc.sql("select aid_amount_due(a, :m) from aid_assignment a where a.id = :a")
                .param("a", assignmentId).param("m", month.atDay(1)).query(Long.class).single();
    }

    /**
     * A changed amount from a month (to a month, or to the end). Months already paid that it reaches leave a
     * difference ({@link PaymentDifferences}).
     */
    long change(long assignmentId, YearMonth from, YearMonth to, long amount, String cause, Long sanctionId,
                String explanation) {
        long id = jdbc.sql("""
                        insert into aid_amount_change (assignment_id, from_month, to_month, amount, cause, sanction_id,
                                                       explanation)
                        values (:a, :from, :to, :amount, :cause, :s, :ex) returning id""")
                .param("a", assignmentId).param("from", from.atDay(1)).param("to", to == null ? null : to.atDay(1))
                .param("amount", amount).param("cause", cause).param("s", sanctionId).param("ex", explanation)
                .query(Long.class).single();
        differences.settle(assignmentId, cause);
        return id;
    }

    void extend(long assignmentId, YearMonth lastMonth) {
        jdbc.sql("update aid_assignment set last_month = :m where id = :a").param("m", lastMonth.atDay(1))
                .param("a", assignmentId).update();
    }

    /** Ends the payment from a month; months already paid from then on become overpayments. */
    void end(long assignmentId, YearMonth from, String cause) {
        jdbc.sql("update aid_assignment set status = 'ended', ended_from = :m where id = :a")
                .param("m", from.atDay(1)).param("a", assignmentId).update();
        differences.settle(assignmentId, cause);
    }

    /**
     * Revokes a sanction's amounts (its appeal was upheld) and, when it had ended the payment, resumes it; the months
     * it cut that were already settled are owed to the family.
     */
    void revokeSanction(long assignmentId, long sanctionId, boolean resume) {
        jdbc.sql("update aid_amount_change set revoked = true where sanction_id = :s").param("s", sanctionId).update();
        if (resume) {
            jdbc.sql("update aid_assignment set status = 'active', ended_from = null where id = :a")
                    .param("a", assignmentId).update();
        }
        differences.settle(assignmentId, "appeal");
    }
}
