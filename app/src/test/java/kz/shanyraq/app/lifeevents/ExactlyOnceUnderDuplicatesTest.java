package kz.shanyraq.app.lifeevents;

import kz.shanyraq.app.proactive.SmsReplies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10 000 births, each sent twice by concurrent senders, produce exactly one registration and exactly the offers a
 * single birth produces, per family; consent sent twice, concurrently, assigns each offer once.
 */
class ExactlyOnceUnderDuplicatesTest extends LifeEventTestSupport {

    private static final int FAMILIES = Integer.getInteger("exact.families", 10_000);
    private static final int BATCH = 50;

    @Autowired
    LifeEventIntake intake;
    @Autowired
    SmsReplies replies;

    @Test
    void ten_thousand_events_each_sent_twice_concurrently_give_exactly_the_right_offers_and_assignments()
            throws Exception {
        // The oracle: one identical family, one birth, sent once, processed alone.
        TestFamilies.Family control = family("KZ-59", "KZ-59-01");
        String controlChild = TestFamilies.iin(today(), 'M', 9990);
        intake.accept(List.of(birth("exact-control", control, controlChild)), "test", null);
        awaitProcessed("exact-control");
        List<String> measuresOfOneBirth = jdbc.sql("select measure from offer where family_id = :f order by measure")
                .param("f", control.id()).query(String.class).list();
        assertThat(measuresOfOneBirth).contains("birth-allowance");

        List<TestFamilies.Family> families = families(FAMILIES, "KZ-59", "KZ-59-01");
        List<IncomingEvent> events = new ArrayList<>();
        // Newborns' serials 0–5600 of each sex; the other tests' newborns use serials from 7000.
        List<String> boys = TestFamilies.iins(today(), 'M', 0, FAMILIES / 2);
        List<String> girls = TestFamilies.iins(today(), 'F', 0, FAMILIES / 2);
        for (int i = 0; i < FAMILIES; i++) {
            TestFamilies.Family f = families.get(i);
            events.add(birth("exact-" + f.id(), f, i % 2 == 0 ? boys.get(i / 2) : girls.get(i / 2)));
        }
        // IINs of newborns must be distinct for the test to mean anything.
        assertThat(events.stream().map(IncomingEvent::iin).distinct()).hasSize(FAMILIES);

        List<Callable<Integer>> sends = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            for (int i = 0; i < FAMILIES; i += BATCH) {
                List<IncomingEvent> batch = events.subList(i, Math.min(FAMILIES, i + BATCH));
                sends.add(() -> intake.accept(batch, "test", "exact").size());
            }
        }
        Collections.shuffle(sends, new Random(5));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int acknowledged = 0;
        for (Future<Integer> f : pool.invokeAll(sends)) {
            acknowledged += f.get();
        }
        assertThat(acknowledged).isEqualTo(2 * FAMILIES);

        awaitAll(Duration.ofMinutes(8));
        assertThat(count("select count(*) from life_event where batch_id = 'exact'")).isEqualTo(FAMILIES);
        assertThat(count("select count(*) from life_event where batch_id = 'exact' and status = 'processed'"))
                .isEqualTo(FAMILIES);
        assertThat(count("select count(*) from person where iin = any(?)",
                (Object) events.stream().map(IncomingEvent::iin).toArray(String[]::new))).isEqualTo(FAMILIES);
        long firstFamily = families.get(0).id();
        long lastFamily = families.get(FAMILIES - 1).id();
        // Every family got exactly the measures one birth gives, once each.
        assertThat(count("""
                select count(*) from (select family_id, string_agg(measure, ',' order by measure) m from offer
                 where family_id between ? and ? group by family_id) x where m = ?""",
                firstFamily, lastFamily, String.join(",", measuresOfOneBirth))).isEqualTo(FAMILIES);
        long offers = count("select count(*) from offer where family_id between ? and ?", firstFamily, lastFamily);
        assertThat(offers).isEqualTo((long) FAMILIES * measuresOfOneBirth.size());
        awaitSmsSent();
        assertThat(count("select count(*) from sms_message s join offer o on o.id = s.offer_id "
                + "where o.family_id between ? and ? and s.direction = 'out'", firstFamily, lastFamily))
                .isEqualTo(2 * offers);

        // Consent, each reply delivered twice (two provider ids) at the same time.
        List<Map<String, Object>> open = template.queryForList("select id, phone, kind from offer "
                + "where family_id between ? and ?", firstFamily, lastFamily);
        List<Callable<SmsReplies.Outcome>> consents = new ArrayList<>();
        for (Map<String, Object> o : open) {
            for (int copy = 0; copy < 2; copy++) {
                String pid = "exact-" + o.get("id") + "-" + copy;
                consents.add(() -> replies.receive(pid, (String) o.get("phone"), "1 " + o.get("id")).outcome());
            }
        }
        Collections.shuffle(consents, new Random(7));
        long consented = 0;
        for (Future<SmsReplies.Outcome> f : pool.invokeAll(consents)) {
            if (f.get() == SmsReplies.Outcome.CONSENTED) {
                consented++;
            }
        }
        pool.shutdown();
        assertThat(consented).isEqualTo(offers);
        long offerKind = open.stream().filter(o -> "offer".equals(o.get("kind"))).count();
        assertThat(count("select count(*) from assignment where family_id between ? and ?", firstFamily, lastFamily))
                .isEqualTo(offerKind);
    }

    private static IncomingEvent birth(String sourceId, TestFamilies.Family f, String childIin) {
        return new IncomingEvent("civil-registry", sourceId, "birth-registered", java.time.LocalDate.now(
                java.time.ZoneId.of("Asia/Almaty")).toString(), childIin, Map.of("sex", (childIin.charAt(6) - '0') % 2 == 1 ? "M" : "F", "motherIin", f.motherIin()));
    }

    private void awaitAll(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (count("select count(*) from life_event_work") == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("outbox not drained within " + limit + ": "
                + count("select count(*) from life_event_work") + " left");
    }
}
