package kz.shanyraq.app.security;

import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Roles, territories, the declared purpose, and the audit trail they leave. */
class AccessAndAuditTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUsers users;

    private List<Map<String, Object>> auditAfter(long before) {
        return jdbc.sql("select * from audit_event where id > :id order by id").param("id", before).query().listOfRows();
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    @Test
    void aConsultantOfOneDistrictIsRefusedAFamilyOfAnotherAndTheRefusalIsAudited() throws Exception {
        long before = lastAuditId();
        mvc.perform(get("/api/families/2").header("X-Purpose", "case-work")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.reason").value("outside-territory"))
                .andExpect(jsonPath("$.family").doesNotExist());
        assertThat(auditAfter(before)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("actor", "consultant.sko").containsEntry("outcome", "denied")
                    .containsEntry("reason", "outside-territory").containsEntry("purpose", "case-work")
                    .containsEntry("action", "family-card").containsEntry("channel", "api")
                    .containsEntry("family_id", 2L);
            assertThat(row.get("at")).isNotNull();
        });
    }

    @Test
    void theSameRefusalHoldsInTheWebUi() throws Exception {
        long before = lastAuditId();
        mvc.perform(get("/families/2").param("purpose", "case-work")
                        .with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("access-refused")));
        assertThat(auditAfter(before)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("outcome", "denied").containsEntry("channel", "ui"));
    }

    @Test
    void accessFollowsWhereTheFamilyLivesNow() throws Exception {
        // Family 10 moved from Sayram (KZ-61-01) to Petropavl (KZ-59-01) six months ago.
        String aYearAgo = java.time.LocalDate.now().minusYears(1).toString();
        mvc.perform(get("/api/families/10").param("on", aYearAgo).header("X-Purpose", "case-work")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.territory.region").value("KZ-61"));
        mvc.perform(get("/api/families/10").param("on", aYearAgo).header("X-Purpose", "case-work")
                        .with(httpBasic("consultant.turkestan", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyPersonReadOnACardIsAuditedWithWhomAndWhy() throws Exception {
        long before = lastAuditId();
        mvc.perform(get("/api/families/1").header("X-Purpose", "entitlement-check")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isOk());
        List<Map<String, Object>> rows = auditAfter(before);
        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row)
                .containsEntry("outcome", "granted").containsEntry("purpose", "entitlement-check")
                .containsEntry("actor", "consultant.sko").containsEntry("family_id", 1L));
        assertThat(rows).extracting(r -> r.get("subject_iin"))
                .containsExactlyInAnyOrder(iinOf(1001), iinOf(1002), iinOf(1003), iinOf(1004));
    }

    @Test
    void aDeceasedBreadwinnerNamedOnTheCardIsAuditedToo() throws Exception {
        long before = lastAuditId();
        mvc.perform(get("/api/families/4").header("X-Purpose", "hard-life-situation")
                        .with(httpBasic("specialist.astana", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(auditAfter(before)).extracting(r -> r.get("subject_iin"))
                .containsExactlyInAnyOrder(iinOf(4002), iinOf(4003), iinOf(4004), iinOf(4001));
    }

    @Test
    void aPersonLookupIsAudited() throws Exception {
        long before = lastAuditId();
        mvc.perform(get("/api/persons/" + iinOf(1003)).header("X-Purpose", "application-review")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isOk());
        assertThat(auditAfter(before)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("action", "person-lookup").containsEntry("subject_person_id", 1003L)
                .containsEntry("subject_iin", iinOf(1003)).containsEntry("outcome", "granted"));
    }

    @Test
    void anAnalystSeesNoPersonalDataAndTheAttemptIsAudited() throws Exception {
        long before = lastAuditId();
        mvc.perform(get("/api/persons/" + iinOf(1003)).header("X-Purpose", "data-quality")
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("role-without-personal-data"))
                .andExpect(jsonPath("$.iin").doesNotExist());
        mvc.perform(get("/api/families/1").header("X-Purpose", "data-quality")
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(auditAfter(before)).hasSize(2).allSatisfy(row -> assertThat(row)
                .containsEntry("actor", "analyst").containsEntry("outcome", "denied"));
        mvc.perform(get("/").with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"iin\""))));
        mvc.perform(post("/search").param("iin", iinOf(1003)).param("purpose", "case-work").with(csrf())
                        .with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(iinOf(1001)))));
    }

    @Test
    void theApiRequiresADeclaredPurpose() throws Exception {
        long before = lastAuditId();
        mvc.perform(get("/api/families/1").with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.field").value("X-Purpose"));
        mvc.perform(get("/api/families/1").header("X-Purpose", "curiosity")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("unknown purpose 'curiosity'")));
        assertThat(auditAfter(before)).as("nothing was read").isEmpty();
    }

    @Test
    void theWebUiCardWithoutAPurposeSendsBackToTheSearch() throws Exception {
        mvc.perform(get("/families/1").with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/?purpose-required*"));
    }

    @Test
    void anInvalidIinIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/persons/123456789012").header("X-Purpose", "case-work")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("iin"))
                .andExpect(jsonPath("$.detail").value("IIN does not start with a valid date of birth (YYMMDD)"));
        mvc.perform(get("/api/families/1").param("on", "2024-13-01").header("X-Purpose", "case-work")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("on"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndTheUiSendsToTheLoginPage() throws Exception {
        mvc.perform(get("/api/families/1").header("X-Purpose", "case-work"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
        mvc.perform(get("/api/families/1").header("X-Purpose", "case-work")
                        .with(httpBasic("consultant.sko", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/families/1")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theApiKeepsNoSession() throws Exception {
        mvc.perform(get("/api/families/1").header("X-Purpose", "case-work")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }
}
