package kz.shanyraq.app.lifeevents;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LifeEventIntakeTest extends LifeEventTestSupport {

    @Test
    void a_birth_registers_the_child_in_the_mothers_family_and_offers_the_birth_allowance_by_sms_in_kazakh_and_russian()
            throws Exception {
        TestFamilies.Family f = family("KZ-59", "KZ-59-01");
        String child = TestFamilies.iin(today(), 'M', 7001);
        send(event("birth-1", "birth-registered", today(), child, Map.of("sex", "M", "motherIin", f.motherIin())))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outcome").value("ACCEPTED"));
        awaitProcessed("birth-1");

        assertThat(outcome("birth-1")).startsWith("processed: family " + f.id());
        Long childId = jdbc.sql("select id from person where iin = :iin").param("iin", child).query(Long.class).single();
        assertThat(count("select count(*) from family_member where family_id = ? and person_id = ?", f.id(), childId))
                .isEqualTo(1);
        assertThat(count("select birth_order from person where id = ?", childId)).isEqualTo(2);
        // The right arises for the newborn; the mother is asked.
        assertThat(count("select count(*) from offer where measure = 'birth-allowance' and beneficiary = ? "
                + "and recipient_id = ?", String.valueOf(childId), f.mother())).isEqualTo(1);
        long offer = count("select id from offer where measure = 'birth-allowance' and beneficiary = ?",
                String.valueOf(childId));
        awaitSmsSent();
        assertThat(jdbc.sql("select language from sms_message where offer_id = :o and direction = 'out' order by language")
                .param("o", offer).query(String.class).list()).containsExactly("kk", "ru");
        assertThat(jdbc.sql("select text from sms_message where offer_id = :o and language = 'ru'").param("o", offer)
                .query(String.class).single()).contains("ДА " + offer).contains("Единовременное пособие на рождение");
    }

    @Test
    void the_same_event_sent_again_is_a_no_op_and_the_same_source_id_with_other_content_is_refused() throws Exception {
        TestFamilies.Family f = family("KZ-59", "KZ-59-01");
        String child = TestFamilies.iin(today(), 'F', 7004);
        String birth = event("birth-2", "birth-registered", today(), child, Map.of("sex", "F", "motherIin", f.motherIin()));
        send(birth).andExpect(status().isAccepted());
        awaitProcessed("birth-2");
        long offers = count("select count(*) from offer where family_id = ?", f.id());

        send(birth).andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        send(event("birth-2", "birth-registered", today(), child, Map.of("sex", "M", "motherIin", f.motherIin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sourceId"));

        assertThat(count("select count(*) from life_event where source_id = 'birth-2'")).isEqualTo(1);
        assertThat(count("select count(*) from life_event_work w join life_event e on e.id = w.event_id "
                + "where e.source_id = 'birth-2'")).isZero();
        assertThat(count("select count(*) from offer where family_id = ?", f.id())).isEqualTo(offers);
    }

    @Test
    void a_batch_with_an_invalid_event_is_refused_naming_each_field_and_nothing_of_it_is_written() throws Exception {
        TestFamilies.Family f = family("KZ-59", "KZ-59-01");
        long events = count("select count(*) from life_event");
        String good = event("batch-ok", "disability-established", today(), f.fatherIin(),
                Map.of("group", 2, "cause", "general-illness"));
        String badIin = event("batch-bad-iin", "death-registered", today(), "900101300028", Map.of());
        String future = event("batch-future", "study-started", today().plusDays(3), f.motherIin(),
                Map.of("fullTime", true));
        String missing = event("batch-missing", "employment-terminated", today(), f.fatherIin(), Map.of());
        mvc.perform(post("/api/life-events/batches").param("batchId", "mse-2026-01")
                        .contentType("application/json").content("[" + good + "," + badIin + "," + future + ","
                                + missing + "]")
                        .with(httpBasic("operator", "shanyraq-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("iin"))
                .andExpect(jsonPath("$.errors[1].field").value("effectiveOn"))
                .andExpect(jsonPath("$.errors[2].field").value("data.employerBin"));
        assertThat(count("select count(*) from life_event")).isEqualTo(events);
    }

    @Test
    void only_operators_and_administrators_send_events() throws Exception {
        mvc.perform(post("/api/life-events").contentType("application/json").content("{}")
                        .with(httpBasic("consultant.sko", "shanyraq-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_person_is_refused_by_field() throws Exception {
        send(event("unknown-1", "death-registered", today(), TestFamilies.iin(today().minusYears(50), 'M', 9990),
                Map.of()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("iin"))
                .andExpect(jsonPath("$.errors[0].reason").value("no person with this IIN in the registry"));
    }

    @Test
    void disability_reports_arriving_out_of_order_give_the_same_timeline_as_in_order() throws Exception {
        TestFamilies.Family inOrder = family("KZ-59", "KZ-59-01");
        TestFamilies.Family reversed = family("KZ-59", "KZ-59-01");
        var jan = today().minusMonths(10);
        var jun = today().minusMonths(5);
        send(event("dis-a1", "disability-established", jan, inOrder.fatherIin(), Map.of("group", 3, "cause", "general-illness")));
        awaitProcessed("dis-a1");
        send(event("dis-a2", "disability-established", jun, inOrder.fatherIin(), Map.of("group", 2, "cause", "general-illness")));
        send(event("dis-b2", "disability-established", jun, reversed.fatherIin(), Map.of("group", 2, "cause", "general-illness")));
        awaitProcessed("dis-a2", "dis-b2");
        send(event("dis-b1", "disability-established", jan, reversed.fatherIin(), Map.of("group", 3, "cause", "general-illness")));
        awaitProcessed("dis-b1");

        String timeline = "select grp || ' ' || valid_from || '..' || coalesce(valid_to::text, '') from disability "
                + "where person_id = :p order by valid_from";
        var a = jdbc.sql(timeline).param("p", inOrder.father()).query(String.class).list();
        var b = jdbc.sql(timeline).param("p", reversed.father()).query(String.class).list();
        assertThat(a).containsExactly("3 " + jan + ".." + jun.minusDays(1), "2 " + jun + "..");
        assertThat(b).isEqualTo(a);
    }
}
