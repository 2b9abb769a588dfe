package kz.shanyraq.app.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's case histories after the decision: the assistant's visits and the activities' fulfilment, sanctions and
 * appeals through the case work's own rules, and the payroll of every month, which pays no month twice however often
 * the histories are followed.
 */
class MonitoringAndPayrollHistoriesTest extends CaseworkTestSupport {

    @Autowired
    MonitoringAndPayrollHistories histories;

    @Test
    void a_contract_is_visited_its_activities_recorded_and_every_month_in_force_paid_once() {
        LocalDate on = applied();
        long id = underContract(on);
        Assignments.Assignment a = files.open(CONSULTANT, id).assignment();
        YearMonth first = a.firstMonth();

        MonitoringAndPayrollHistories.Report r = histories.generate(first, today());

        assertThat(r.visits()).isPositive();
        assertThat(jdbc.sql("""
                        select count(*) from monitoring_visit v join social_contract k on k.id = v.contract_id
                        where k.case_id = :c""").param("c", id).query(Long.class).single()).isPositive();
        // Every activity due long enough ago was recorded, unless the contract ended first.
        if (state(id).equals("under-contract")) {
            assertThat(jdbc.sql("""
                            select count(*) from plan_activity p join social_contract k on k.id = p.contract_id
                            where k.case_id = :c and p.status = 'planned' and p.due_on + 3 <= :today""")
                    .param("c", id).param("today", today()).query(Long.class).single()).isZero();
        }
        assertThat(r.fulfilled() + r.missed()).isPositive();
        assertThat(r.payrollRuns()).isEqualTo((int) first.until(YearMonth.from(today()),
                java.time.temporal.ChronoUnit.MONTHS) + 1);
        // Each month the assignment is due something has exactly one payroll line.
        String unpaid = """
                select count(*) from aid_assignment a
                cross join generate_series(a.first_month, least(a.last_month, cast(:now as date)), interval '1 month') m
                where a.id = :a and aid_amount_due(a, cast(m as date)) > 0
                  and not exists (select 1 from payroll_line l where l.assignment_id = a.id and l.month = m)""";
        assertThat(jdbc.sql(unpaid).param("a", a.id()).param("now", YearMonth.from(today()).atDay(1))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) - count(distinct month) from payroll_line where assignment_id = :a")
                .param("a", a.id()).query(Long.class).single()).isZero();
        assertThat(r.familiesAndPersons().get(YearMonth.from(today()))[0]).isPositive();

        long lines = jdbc.sql("select count(*) from payroll_line where assignment_id = :a").param("a", a.id())
                .query(Long.class).single();
        histories.generate(first, today());
        assertThat(jdbc.sql("select count(*) from payroll_line where assignment_id = :a").param("a", a.id())
                .query(Long.class).single()).isEqualTo(lines);
    }

    @Test
    void the_generators_one_in_n_choices_are_seeded_by_the_id_and_hit_about_one_in_n() {
        int hits = 0;
        for (long id = 1; id <= 10_000; id++) {
            hits += MonitoringAndPayrollHistories.one(id, MonitoringAndPayrollHistories.MISSED_ONE_IN) ? 1 : 0;
        }
        assertThat(hits).isBetween(1_800, 2_200);
        assertThat(MonitoringAndPayrollHistories.one(42, 5)).isEqualTo(MonitoringAndPayrollHistories.one(42, 5));
    }
}
