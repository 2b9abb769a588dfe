package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.lifeevents.TestFamilies;
import kz.shanyraq.app.proactive.OfferExplanations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workers process events in batches; every event must come out as when events were processed one by one in the
 * order they arrived: the same facts in the registry, the same outcome, offers (amount, period, recipient, phone,
 * explanation, both SMS), and hard-life-situation cases. A mixed stream of every kind of event, several per family
 * (births of twins, an income and a disability in the family of a birth, disabilities out of order, a death, a
 * marriage and a divorce …), is processed both ways on the same registry, each in a transaction rolled back after
 * the results are read.
 */
class BatchedProcessingTest extends LifeEventTestSupport {

    @Autowired
    EventProcessor processor;
    @Autowired
    EventBatch batch;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    OfferExplanations explanations;

    @Test
    void a_mixed_stream_processed_in_batches_gives_what_processing_one_by_one_gives() {
        List<TestFamilies.Family> f = families(12, "KZ-71", "KZ-71-01");
        List<String> stream = stream(f);

        Map<String, List<String>> oneByOne = rolledBack(ids -> {
            for (StoredEvent e : processor.load(ids)) {
                processor.process(e, processor.book());
            }
            return ids.size();
        }, stream);
        Map<String, List<String>> batched = rolledBack(ids -> {
            // Two rounds, as two workers' transactions would take them.
            int half = ids.size() / 2;
            EventBatch.Result first = batch.process(processor.load(ids.subList(0, half)), processor.book());
            EventBatch.Result second = batch.process(processor.load(ids.subList(half, ids.size())), processor.book());
            assertThat(first.alone()).isEmpty();
            assertThat(second.alone()).isEmpty();
            return first.processed().size() + second.processed().size();
        }, stream);

        assertThat(batched.get("processed")).isEqualTo(oneByOne.get("processed"));
        assertThat(oneByOne.get("offers")).as("the stream makes offers").hasSizeGreaterThan(8);
        assertThat(oneByOne.get("cases")).as("the stream opens cases").hasSizeGreaterThan(5);
        assertThat(oneByOne.get("cases")).anyMatch(c -> c.contains("| disability-onset |"))
                .noneMatch(c -> c.startsWith("b-group-change | disability-onset"));
        assertThat(oneByOne.get("outcomes")).anyMatch(o -> o.contains("already registered"))
                .anyMatch(o -> o.contains("no running contract"));
        // The explanations name newborns by their registry id, new in each run.
        for (String part : oneByOne.keySet()) {
            assertThat(batched.get(part)).as(part).containsExactlyElementsOf(oneByOne.get(part));
        }
    }

    @Test
    void an_event_about_a_person_the_registry_does_not_hold_is_left_to_be_tried_alone() {
        TestFamilies.Family f = family("KZ-71", "KZ-71-01");
        String unknown = TestFamilies.iin(LocalDate.of(1990, 1, 1), 'M', 7777);
        List<String> stream = List.of(
                event("alone-1", "income-changed", today(), unknown, Map.of("month", YearMonth.from(today())
                        .minusMonths(1).toString(), "type", "wage", "source", "tax", "amount", 1)),
                event("alone-2", "marriage", today(), f.fatherIin(), Map.of("spouseIin", unknown)),
                event("alone-3", "award-granted", today(), f.motherIin(), Map.of("award", "kumis-alka")));
        rolledBack(ids -> {
            EventBatch.Result r = batch.process(processor.load(ids), processor.book());
            assertThat(r.alone()).containsExactly(ids.get(0), ids.get(1));
            assertThat(r.processed()).containsExactly(ids.get(2));
            assertThatThrownBy(() -> processor.process(processor.load(ids.subList(0, 1)).get(0), processor.book()))
                    .hasMessageContaining("is not in the registry");
            return 0;
        }, stream);
    }

    /** Every kind of event, several per family, in the order they arrive. */
    private List<String> stream(List<TestFamilies.Family> f) {
        LocalDate t = today();
        String lastMonth = YearMonth.from(t).minusMonths(1).toString();
        List<String> newborns = TestFamilies.iins(t.minusDays(3), 'M', 4000, 4);
        List<String> s = new ArrayList<>();
        int n = 0;
        // Family 0: a birth, the father's income, the child's disability; then twins' second birth.
        s.add(event("b" + n++, "birth-registered", t.minusDays(3), newborns.get(0),
                Map.of("sex", "M", "motherIin", f.get(0).motherIin(), "fatherIin", f.get(0).fatherIin())));
        s.add(event("b" + n++, "income-changed", t, f.get(0).fatherIin(),
                Map.of("month", lastMonth, "type", "wage", "source", "tax", "amount", 20_000)));
        s.add(event("b" + n++, "disability-established", t.minusDays(1), f.get(0).childIin(),
                Map.of("cause", "childhood", "group", 2)));
        s.add(event("b" + n++, "birth-registered", t.minusDays(3), newborns.get(1),
                Map.of("sex", "M", "motherIin", f.get(0).motherIin())));
        // Family 1: job losses, one with an employer the registry does not know for her.
        s.add(event("b" + n++, "employment-terminated", t.minusDays(2), f.get(1).fatherIin(),
                Map.of("employerBin", TestFamilies.EMPLOYER, "reason", "staff reduction")));
        s.add(event("b" + n++, "employment-terminated", t.minusDays(2), f.get(1).motherIin(),
                Map.of("employerBin", "000140005555")));
        // Family 2: the father dies.
        s.add(event("b" + n++, "death-registered", t.minusDays(4), f.get(2).fatherIin(), Map.of()));
        // Family 3: the mother's disability, reported out of order, and contributions.
        s.add(event("b" + n++, "disability-established", t.minusDays(2), f.get(3).motherIin(),
                Map.of("cause", "general-illness", "group", 1)));
        s.add(event("b" + n++, "disability-established", t.minusDays(20), f.get(3).motherIin(),
                Map.of("cause", "general-illness", "group", 3, "lossPercent", 40)));
        // … and her group changes the day after the first report: she was disabled before it, no onset.
        s.add(event("b-group-change", "disability-established", t.minusDays(1), f.get(3).motherIin(),
                Map.of("cause", "general-illness", "group", 2)));
        s.add(event("b" + n++, "contributions-reported", t, f.get(3).fatherIin(),
                Map.of("month", lastMonth, "income", 50_000)));
        // Family 4: both incomes fall to nothing.
        s.add(event("b" + n++, "income-changed", t, f.get(4).fatherIin(),
                Map.of("month", lastMonth, "type", "wage", "source", "tax", "amount", 0)));
        s.add(event("b" + n++, "income-changed", t, f.get(4).motherIin(),
                Map.of("month", lastMonth, "type", "wage", "source", "tax", "amount", 0)));
        // Family 5: award, kandas status, study, address; a birth of a person already registered.
        s.add(event("b" + n++, "award-granted", t.minusDays(5), f.get(5).motherIin(), Map.of("award", "altyn-alka")));
        s.add(event("b" + n++, "kandas-status-granted", t.minusDays(5), f.get(5).fatherIin(), Map.of()));
        s.add(event("b" + n++, "study-started", t.minusDays(5), f.get(5).childIin(), Map.of("fullTime", true)));
        s.add(event("b" + n++, "address-changed", t.minusDays(1), f.get(5).motherIin(),
                Map.of("region", "KZ-71", "district", "KZ-71-02", "locality", "urban")));
        s.add(event("b" + n++, "birth-registered", t.minusDays(6), f.get(6).childIin(),
                Map.of("sex", "F", "motherIin", f.get(5).motherIin())));
        // Families 6 and 7: a marriage and a divorce across families.
        s.add(event("b" + n++, "marriage", t.minusDays(7), f.get(6).fatherIin(), Map.of("spouseIin",
                f.get(7).motherIin())));
        s.add(event("b" + n++, "divorce", t.minusDays(1), f.get(7).fatherIin(), Map.of("spouseIin",
                f.get(7).motherIin())));
        // Families 8–11: births, a contribution report and an income in the same round.
        for (int i = 8; i < 12; i++) {
            s.add(event("b" + n++, "birth-registered", t.minusDays(i), i < 10 ? newborns.get(i - 6)
                    : TestFamilies.iin(t.minusDays(i), 'F', 4100 + i), Map.of("sex", i < 10 ? "M" : "F",
                    "motherIin", f.get(i).motherIin(), "birthOrder", 2)));
            s.add(event("b" + n++, i % 2 == 0 ? "contributions-reported" : "income-changed", t, f.get(i).motherIin(),
                    i % 2 == 0 ? Map.of("month", lastMonth, "income", 0)
                            : Map.of("month", lastMonth, "type", "social-benefit", "source", "gfss", "amount", 90_000)));
        }
        s.add(event("b" + n++, "study-ended", t, f.get(5).childIin(), Map.of()));
        return s;
    }

    /**
     * Stores the events (as the intake does, without work items, so the running workers leave them alone), processes
     * them, reads what came of them and rolls everything back.
     */
    private Map<String, List<String>> rolledBack(Function<List<Long>, Integer> processing, List<String> events) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        tx.executeWithoutResult(status -> {
            List<Long> ids = new ArrayList<>();
            for (String json : events) {
                ids.add(storeWithoutWorkItem(json));
            }
            out.put("processed", List.of(String.valueOf(processing.apply(ids))));
            Long[] idArray = ids.toArray(Long[]::new);
            // Persons born by the events get new ids each time: they are named by their IIN.
            String who = "(case when %1$s >= 900000000000 then (select iin from person where id = %1$s) "
                    + "else %1$s::text end)";
            out.put("outcomes", jdbc.sql("select status || ' | ' || coalesce(family_id::text, '-') || ' | ' "
                            + "|| coalesce(outcome, '') from life_event where id = any(:ids) order by id")
                    .param("ids", idArray).query(String.class).list());
            // Explanations are rendered when an offer is shown: rendered here, from what each event saw.
            jdbc.sql("select distinct family_id from offer where event_id = any(:ids)").param("ids", idArray)
                    .query(Long.class).list().forEach(explanations::explainFamily);
            out.put("offers", jdbc.sql("""
                    select concat_ws(' | ', e.source_id, o.measure, o.kind, %s, %s, o.phone, o.period_from,
                                     o.period_to, o.payment, o.amount, o.region_code, o.district_id, o.expires_on,
                                     o.status, regexp_replace(o.explanation, '9\\d{11}', '<newborn>', 'g'))
                      from offer o join life_event e on e.id = o.event_id where e.id = any(:ids)
                     order by e.id, o.id""".formatted(who.formatted("o.beneficiary::bigint"),
                            who.formatted("o.recipient_id")))
                    .param("ids", idArray).query(String.class).list());
            // Queued with the offer; the sender renders the texts from the offer once the transaction commits.
            out.put("sms", jdbc.sql("""
                    select concat_ws(' | ', e.source_id, o.measure, q.language)
                      from sms_queue q join offer o on o.id = q.offer_id join life_event e on e.id = o.event_id
                     where e.id = any(:ids) order by e.id, o.id, q.language""")
                    .param("ids", idArray).query(String.class).list());
            out.put("cases", jdbc.sql("""
                    select concat_ws(' | ', e.source_id, c.rule_code, c.family_id, %s, c.region_code, c.district_id,
                                     c.deadline, c.status)
                      from support_case c join life_event e on e.id = c.event_id where e.id = any(:ids)
                     order by e.id, c.rule_code""".formatted(who.formatted("c.person_id")))
                    .param("ids", idArray).query(String.class).list());
            String persons = "(select person_id from family_member where family_id >= 700000)";
            out.put("persons", jdbc.sql(("select concat_ws(' | ', iin, birth_date, sex, %s, birth_order, death_date) "
                    + "from person where id in " + persons + " order by iin").formatted(who.formatted("mother_id")))
                    .query(String.class).list());
            out.put("members", jdbc.sql(("select concat_ws(' | ', family_id, %s, relation, valid_from, valid_to) "
                    + "from family_member where family_id >= 700000 order by 1").formatted(who.formatted("person_id")))
                    .query(String.class).list());
            for (String table : List.of("person_status:status, valid_from, valid_to",
                    "disability:grp, cause, work_capacity_loss_percent, valid_from, valid_to",
                    "study:full_time, valid_from, valid_to", "award:kind, awarded_on",
                    "income:month, type, source, amount", "social_contribution:month, income",
                    "employment_contract:employer_bin, started_on, ended_on, end_reason",
                    "person_contact:phone, synthetic")) {
                String name = table.substring(0, table.indexOf(':'));
                out.put(name, jdbc.sql(("select concat_ws(' | ', %s, " + table.substring(name.length() + 1)
                        + ") from " + name + " where person_id in " + persons + " order by 1")
                        .formatted(who.formatted("person_id"))).query(String.class).list());
            }
            out.put("relations", jdbc.sql(("select concat_ws(' | ', %s, %s, kind, valid_from, valid_to) "
                    + "from person_relation where person_id in " + persons + " or related_person_id in " + persons
                    + " order by 1").formatted(who.formatted("person_id"), who.formatted("related_person_id")))
                    .query(String.class).list());
            out.put("addresses", jdbc.sql("select concat_ws(' | ', family_id, region_code, district_id, locality, "
                    + "valid_from, valid_to) from family_address where family_id >= 700000 order by 1")
                    .query(String.class).list());
            out.put("losses", jdbc.sql("select concat_ws(' | ', family_id, deceased_id, died_on, both_parents_lost) "
                    + "from breadwinner_loss where family_id >= 700000 order by 1").query(String.class).list());
            status.setRollbackOnly();
        });
        return out;
    }
}
