package kz.shanyraq.app.casework;

import kz.shanyraq.app.lifeevents.IncomingEvent;
import kz.shanyraq.app.lifeevents.LifeEventIntake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A life event on a family with an active assignment recalculates its АСП from the next month, without a consultant:
 * the life-event workers queue the change, case work's worker recalculates it through the same law.
 */
class ChangesOfTheFamilyTest extends CaseworkTestSupport {

    private static final String SOURCE = "casework-event-test";

    @Autowired
    LifeEventIntake intake;
    @Autowired
    ChangesOfTheFamily changes;

    /**
     * The month of the mother's new wage: the last month of a quarter among the three months since the application,
     * so that the family evaluated on the first day after it counts that quarter's income.
     */
    static YearMonth wageMonth() {
        YearMonth applied = YearMonth.from(applied());
        return Stream.iterate(applied, m -> m.plusMonths(1)).limit(3).filter(m -> m.getMonthValue() % 3 == 0)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void withoutTheEvents() {
        jdbc.sql("delete from income where source = :s").param("s", SOURCE).update();
        jdbc.sql("delete from family_assessment where event_id in (select id from life_event where source_system = 'casework-test')")
                .update();
        jdbc.sql("delete from aid_family_change where life_event_id in (select id from life_event where source_system = 'casework-test')")
                .update();
        // What the life-event path made of the events besides the change (offers with their SMS, support cases).
        String events = "(select id from life_event where source_system = 'casework-test')";
        String offers = "(select id from offer where event_id in " + events + ")";
        jdbc.sql("delete from sms_queue where offer_id in " + offers).update();
        jdbc.sql("delete from sms_message where offer_id in " + offers).update();
        jdbc.sql("delete from assignment where offer_id in " + offers).update();
        jdbc.sql("delete from offer where event_id in " + events).update();
        jdbc.sql("delete from support_case where event_id in " + events).update();
        jdbc.sql("delete from life_event where source_system = 'casework-test'").update();
    }

    @Test
    void a_new_wage_reported_as_a_life_event_ends_the_conditional_aid_from_the_month_after_with_the_explanation()
            throws InterruptedException {
        long id = underContract(applied());
        long assignment = files.open(CONSULTANT, id).assignment().id();
        YearMonth month = wageMonth();
        YearMonth from = month.plusMonths(2);
        long before = amountFor(assignment, from);
        assertThat(before).isPositive();

        intake.accept(List.of(new IncomingEvent("casework-test", "wage-" + id, "income-changed", month.plusMonths(1).atDay(1).toString(),
                iinOf(5002), Map.of("month", month.toString(), "type", "wage", "source", SOURCE,
                        "amount", "900000"))), "operator", null);
        ChangesOfTheFamily.Change change = awaitRecalculated(id);

        assertThat(change.status()).isEqualTo("recalculated");
        assertThat(change.kind()).isEqualTo("income-changed");
        assertThat(change.changedOn()).isEqualTo(month.plusMonths(1).atDay(1));
        assertThat(change.outcome()).contains("income-changed").contains(before + " ₸ → 0 ₸ from " + from)
                .contains("no longer entitled");
        assertThat(amountFor(assignment, from)).isZero();
        assertThat(amountFor(assignment, from.minusMonths(1))).isEqualTo(before);
        assertThat(jdbc.sql("select actor from aid_case_history where case_id = :c and action = 'recalculate'")
                .param("c", id).query(String.class).list()).containsExactly("life-event");
    }

    @Test
    void a_change_during_a_sanction_is_not_recalculated_and_waits_in_the_consultants_queue_with_the_reason()
            throws InterruptedException {
        LocalDate on = applied();
        long id = underContract(on);
        long training = activity(id, "vocational-training");
        contracts.recordFulfilment(ASSISTANT, id, training, "missed", "did not come to the course");
        // The cut runs in the month after it is established: the month the change takes effect from.
        YearMonth month = wageMonth();
        sanctions.establish(CONSULTANT, id, "non-fulfilment", training, month.plusMonths(1).atDay(1));
        long assignment = files.open(CONSULTANT, id).assignment().id();
        long cut = amountFor(assignment, month.plusMonths(2));

        intake.accept(List.of(new IncomingEvent("casework-test", "wage-" + id, "income-changed", month.plusMonths(1).atDay(1).toString(),
                iinOf(5002), Map.of("month", month.toString(), "type", "wage", "source", SOURCE,
                        "amount", "900000"))), "operator", null);
        ChangesOfTheFamily.Change change = awaitRecalculated(id);

        assertThat(change.status()).isEqualTo("not-recalculated");
        assertThat(change.reason()).isEqualTo("sanction-in-force");
        assertThat(amountFor(assignment, month.plusMonths(2))).isEqualTo(cut);
        assertThat(worklist.of(CONSULTANT.user())).filteredOn(i -> i.caseId() == id && i.task().equals("review-change"))
                .singleElement().satisfies(i -> assertThat(i.detail()).contains("income-changed", "sanction-in-force"));
    }

    private ChangesOfTheFamily.Change awaitRecalculated(long caseId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<ChangesOfTheFamily.Change> queued = changes.ofCase(caseId);
            if (!queued.isEmpty() && !queued.get(0).status().equals("queued")) {
                assertThat(queued).hasSize(1);
                return queued.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the change of case " + caseId + " was not recalculated within 90 s");
    }

    private long amountFor(long assignment, YearMonth month) {
        return jdbc.sql("""
                        select coalesce((select ch.amount from aid_amount_change ch
                                         where ch.assignment_id = a.id and not ch.revoked and ch.from_month <= :m
                                           and (ch.to_month is null or ch.to_month >= :m)
                                         order by ch.from_month desc, ch.id desc limit 1), a.monthly_amount)
                        from aid_assignment a where a.id = :a""")
                .param("a", assignment).param("m", month.atDay(1)).query(Long.class).single();
    }
}
