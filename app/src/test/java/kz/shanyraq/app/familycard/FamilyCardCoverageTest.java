package kz.shanyraq.app.familycard;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.security.AppUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The same family inside and outside the months the registry's incomes cover (issue 22): inside, АСП is decided;
 * outside, it is undetermined with the source and the period named, and the card's date picker says so.
 */
class FamilyCardCoverageTest extends ServerTest {

    static final String ASP = "targeted-social-assistance";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUsers users;

    @BeforeEach
    void incomesRecordedFromJuly2025() {
        jdbc.sql("delete from source_coverage").update();
        jdbc.sql("insert into source_coverage (source_kind, first_month, last_month)"
                + " values ('incomes', date '2025-07-01', date '2026-12-01')").update();
    }

    @AfterEach
    void untracked() {
        jdbc.sql("delete from source_coverage").update();
    }

    @Test
    void inside_the_income_coverage_asp_is_decided_and_no_gap_is_reported() throws Exception {
        mvc.perform(get("/api/families/1").param("on", "2026-10-01").header("X-Purpose", "entitlement-check")
                        .with(httpBasic("consultant.sko", "shanyraq-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.undetermined[*].parameter", not(hasItem("registry:incomes:2026-07…2026-09"))))
                .andExpect(jsonPath("$.undetermined[*].reason.en",
                        not(hasItem(containsString("are not in the registry")))));
    }

    @Test
    void outside_it_asp_is_undetermined_naming_the_incomes_of_q1_2025_and_from_when_they_are_recorded()
            throws Exception {
        mvc.perform(get("/api/families/1").param("on", "2025-06-01").header("X-Purpose", "entitlement-check")
                        .with(httpBasic("consultant.sko", "shanyraq-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entitlements[*].measure", not(hasItem(ASP))))
                .andExpect(jsonPath("$.undetermined[?(@.measure == '" + ASP + "')].reason.en",
                        hasItem("Incomes of Q1 2025 are not in the registry: they are recorded from July 2025")));
    }

    @Test
    void the_card_page_says_which_months_the_data_covers_and_marks_a_date_outside_them() throws Exception {
        mvc.perform(get("/families/1").param("purpose", "entitlement-check").param("on", "2025-06-01")
                        .param("lang", "en").with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Incomes: July 2025 – December 2026")))
                .andExpect(content().string(containsString("On 01.06.2025 the registry lacks data")))
                .andExpect(content().string(containsString("outside-coverage")));
        mvc.perform(get("/families/1").param("purpose", "entitlement-check").param("on", "2026-10-01")
                        .param("lang", "en").with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Incomes: July 2025 – December 2026")))
                .andExpect(content().string(not(containsString("the registry lacks data"))));
    }
}
