package kz.shanyraq.app.familycard;

import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The family card over the API, read on today's date and on past dates of the demo population. */
class FamilyCardApiTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void aNewbornGivesTheBirthAllowanceWithItsExplanation() throws Exception {
        LocalDate born = jdbc.sql("select birth_date from person where id = 1003").query(LocalDate.class).single();
        mvc.perform(get("/api/families/1").param("on", LocalDate.now(clock).toString())
                        .header("X-Purpose", "entitlement-check").with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.family.members", hasSize(4)))
                .andExpect(jsonPath("$.entitlements[?(@.measure == 'birth-allowance')].beneficiary", contains("1003")))
                .andExpect(jsonPath("$.entitlements[0].from").value(born.toString()))
                .andExpect(jsonPath("$.entitlements[0].explanation.norm").isNotEmpty())
                .andExpect(jsonPath("$.entitlements[0].explanation.parameters[*].name", hasItem("mrp")))
                .andExpect(jsonPath("$.entitlements[0].explanation.rounding").isNotEmpty())
                .andExpect(jsonPath("$.territory.district").value("KZ-59-01"));
    }

    @Test
    void beforeTheBirthTheCardHasNoNewbornAndNoBirthAllowance() throws Exception {
        LocalDate born = jdbc.sql("select birth_date from person where id = 1003").query(LocalDate.class).single();
        mvc.perform(get("/api/families/1").param("on", born.minusDays(1).toString())
                        .header("X-Purpose", "entitlement-check").with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.family.members", hasSize(3)))
                .andExpect(jsonPath("$.entitlements[*].measure", not(hasItem("birth-allowance"))));
    }

    @Test
    void aDisabilityThatEndedIsInForceOnAPastDateAndNotToday() throws Exception {
        LocalDate today = LocalDate.now(clock);
        mvc.perform(get("/api/families/3").param("on", today.minusYears(1).toString())
                        .header("X-Purpose", "case-work").with(httpBasic("assistant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.family.members[?(@.id == '3003')].disability.group", contains(3)))
                .andExpect(jsonPath("$.facts[?(@.memberId == '3003' && @.kind == 'disability')].inForce",
                        contains(true)));
        mvc.perform(get("/api/families/3").param("on", today.toString())
                        .header("X-Purpose", "case-work").with(httpBasic("assistant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.family.members[?(@.id == '3003')].disability", contains((Object) null)))
                .andExpect(jsonPath("$.facts[?(@.memberId == '3003' && @.kind == 'disability')].inForce",
                        contains(false)));
    }

    @Test
    void aSurvivorFamilyHasLostItsBreadwinner() throws Exception {
        mvc.perform(get("/api/families/4").header("X-Purpose", "hard-life-situation")
                        .with(httpBasic("specialist.astana", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.family.members", hasSize(3)))
                .andExpect(jsonPath("$.family.breadwinnerLoss.dependants", contains("4003", "4004")));
    }

    @Test
    void aPersonIsLookedUpByIinAsOfADate() throws Exception {
        mvc.perform(get("/api/persons/" + iinOf(2002)).header("X-Purpose", "application-review")
                        .with(httpBasic("consultant.turkestan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value(2002))
                .andExpect(jsonPath("$.familyId").value(2))
                .andExpect(jsonPath("$.relation").value("spouse"))
                .andExpect(jsonPath("$.status").value("citizen"));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/families/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/persons/{iin}'].get").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
