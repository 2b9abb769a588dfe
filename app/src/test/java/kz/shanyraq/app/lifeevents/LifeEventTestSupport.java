package kz.shanyraq.app.lifeevents;

import kz.shanyraq.app.ServerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sending events as the operator and waiting for the workers, for the life-event tests. These tests share the server
 * tests' database, whose other tests count the demo families: after each class, everything it added (families from
 * id 700 000, their persons, newborns, events, offers, SMS, assignments, cases) is removed again.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
public abstract class LifeEventTestSupport extends ServerTest {

    /** Each test class takes its own range of family ids. */
    private static final AtomicLong NEXT_FAMILY = new AtomicLong(700_000);

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate template;
    @Autowired
    protected Clock clock;

    @org.junit.jupiter.api.AfterAll
    void removeWhatTheTestsAdded() throws InterruptedException {
        // Let the workers finish what is in flight before removing it.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count("select count(*) from life_event_work") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        String persons = "(select id from person where id >= 7000000)";
        for (String sql : new String[] {
                "delete from assignment", "delete from sms_queue", "delete from sms_message", "delete from offer", "delete from support_case",
                "delete from life_event_work", "delete from life_event", "delete from person_contact",
                "delete from family_assessment",
                "delete from app_user where username = 'gateway.test'",
                "delete from income where person_id in " + persons,
                "delete from social_contribution where person_id in " + persons,
                "delete from employment_contract where person_id in " + persons,
                "delete from disability where person_id in " + persons,
                "delete from study where person_id in " + persons,
                "delete from award where person_id in " + persons,
                "delete from person_status where person_id in " + persons,
                "delete from person_relation where person_id in " + persons + " or related_person_id in " + persons,
                "delete from breadwinner_loss where family_id >= 700000",
                "delete from family_member where family_id >= 700000 or person_id in " + persons,
                "delete from family_address where family_id >= 700000",
                "delete from family where id >= 700000",
                "delete from person where id >= 7000000"}) {
            template.update(sql);
        }
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    protected TestFamilies.Family family(String region, String district) {
        return TestFamilies.create(template, NEXT_FAMILY.getAndIncrement(), 1, region, district, today()).get(0);
    }

    protected java.util.List<TestFamilies.Family> families(int n, String region, String district) {
        long first = NEXT_FAMILY.getAndAdd(n);
        return TestFamilies.create(template, first, n, region, district, today());
    }

    protected static String event(String sourceId, String kind, LocalDate on, String iin, Map<String, ?> data) {
        StringBuilder d = new StringBuilder("{");
        data.forEach((k, v) -> d.append(d.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(v instanceof String ? "\"" + v + "\"" : String.valueOf(v)));
        return "{\"sourceSystem\":\"test\",\"sourceId\":\"" + sourceId + "\",\"kind\":\"" + kind
                + "\",\"effectiveOn\":\"" + on + "\",\"iin\":\"" + iin + "\",\"data\":" + d.append('}') + "}";
    }

    protected ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/life-events").contentType("application/json").content(json)
                .with(httpBasic("operator", "shanyraq-demo")));
    }

    /** Waits until every event of the source ids has left the outbox (processed or failed). */
    protected void awaitProcessed(String... sourceIds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Long open = jdbc.sql("select count(*) from life_event where source_id = any(:ids) and status = 'accepted'")
                    .param("ids", sourceIds).query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("events not processed within 60 s: " + String.join(", ", sourceIds));
    }

    /**
     * Stores an event as the intake does but without its work item, so that the running workers leave it alone; in
     * the caller's transaction. Returns its id.
     */
    protected long storeWithoutWorkItem(String json) {
        return jdbc.sql("""
                insert into life_event (source_system, source_id, kind, effective_on, subject_iin, payload,
                                        content_hash, received_by)
                select j->>'sourceSystem', j->>'sourceId', j->>'kind', cast(j->>'effectiveOn' as date),
                       j->>'iin', (select coalesce(jsonb_object_agg(k, v), '{}') from jsonb_each_text(j->'data') d (k, v)),
                       md5(j::text), 'test'
                  from (select cast(:json as jsonb) j) x
                returning id""").param("json", json).query(Long.class).single();
    }

    /** Waits until the SMS sender has handed every queued message to the gateway. */
    protected void awaitSmsSent() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count("select count(*) from sms_queue") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("SMS still queued after 60 s");
            }
            Thread.sleep(50);
        }
    }

    protected String outcome(String sourceId) {
        return jdbc.sql("select status || ': ' || coalesce(outcome, '') from life_event where source_id = :id")
                .param("id", sourceId).query(String.class).single();
    }

    protected long count(String sql, Object... args) {
        Long n = template.queryForObject(sql, Long.class, args);
        assertThat(n).isNotNull();
        return n;
    }
}
