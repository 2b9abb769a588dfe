package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.lifeevents.TestFamilies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker that claims a family's event while another worker holds the family leaves it in the outbox, still locked
 * by its claim until its round ends. A later event of that family, claimed meanwhile by the other worker, must wait
 * for it: a family's events are applied in the order they arrived.
 */
class EarlierEventsFirstTest extends LifeEventTestSupport {

    @Autowired
    EventProcessor processor;
    @Autowired
    EventBatch batch;
    @Autowired
    RegistryFacts facts;
    @Autowired
    TransactionTemplate tx;

    @Test
    void a_later_event_of_a_family_waits_while_an_earlier_one_is_still_in_the_outbox() {
        List<TestFamilies.Family> f = families(2, "KZ-71", "KZ-71-01");
        String month = YearMonth.from(today()).minusMonths(1).toString();
        Map<String, Object> income = Map.of("month", month, "type", "wage", "source", "tax", "amount", 90_000);
        // Rolled back: the running workers never see these events.
        tx.executeWithoutResult(status -> {
            long earlier = store(event("order-1", "income-changed", today(), f.get(0).fatherIin(), income), true);
            long later = store(event("order-2", "income-changed", today(), f.get(0).motherIin(), income), false);
            long other = store(event("order-3", "income-changed", today(), f.get(1).motherIin(), income), false);

            assertThat(facts.familiesWithEarlierEvents(java.util.Set.of(f.get(0).id(), f.get(1).id()), other,
                    List.of(later, other), Map.of())).containsExactly(f.get(0).id());
            EventBatch.Result result = batch.process(processor.load(List.of(later, other)), processor.book());

            assertThat(result.processed()).containsExactly(other);
            assertThat(jdbc.sql("select status from life_event where id = :id").param("id", later)
                    .query(String.class).single()).isEqualTo("accepted");
            assertThat(earlier).isLessThan(later);
            status.setRollbackOnly();
        });
    }

    /** An accepted event, with its work item when another worker is to hold it. */
    private long store(String json, boolean inOutbox) {
        long id = storeWithoutWorkItem(json);
        if (inOutbox) {
            jdbc.sql("insert into life_event_work (event_id) values (:id)").param("id", id).update();
        }
        return id;
    }
}
