package kz.shanyraq.app.lifeevents;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An operator follows an event's processing without reading whose it was or which family it touched. */
class EventStateWithoutPersonalDataTest extends LifeEventTestSupport {

    @Test
    void anOperatorReadingAnEventsStateGetsNoIinNoSourceIdAndNoFamilyIdAndTheReadIsAudited() throws Exception {
        TestFamilies.Family f = family("KZ-59", "KZ-59-01");
        String child = TestFamilies.iin(today(), 'M', 7301);
        String sourceId = "birth-" + child;
        send(event(sourceId, "birth-registered", today(), child, Map.of("sex", "M", "motherIin", f.motherIin())))
                .andExpect(status().isAccepted());
        awaitProcessed(sourceId);
        long id = jdbc.sql("select id from life_event where source_id = :s").param("s", sourceId)
                .query(Long.class).single();
        assertThat(outcome(sourceId)).contains("family " + f.id());
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();

        String body = mvc.perform(get("/api/life-events/" + id).with(httpBasic("operator", "shanyraq-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("processed"))
                .andExpect(jsonPath("$.kind").value("birth-registered"))
                .andExpect(jsonPath("$.familyId").doesNotExist())
                .andExpect(jsonPath("$.sourceId").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(child).doesNotContain(f.motherIin())
                .doesNotContain("family " + f.id()).contains("the family");

        assertThat(jdbc.sql("select actor, action, outcome from audit_event where id > :id")
                .param("id", before).query().listOfRows()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("actor", "operator").containsEntry("action", "life-event")
                .containsEntry("outcome", "granted"));
    }

    @Test
    void identifiersAreWithheldFromEveryOutcomeText() {
        assertThat(EventOutcomes.withoutIdentifiers("mother 900101400016 is not in the registry"))
                .isEqualTo("mother ············ is not in the registry");
        assertThat(EventOutcomes.withoutIdentifiers("family 700123 on 2026-12-01: 1 new right(s), 1 offer(s)"))
                .isEqualTo("the family on 2026-12-01: 1 new right(s), 1 offer(s)");
    }
}
