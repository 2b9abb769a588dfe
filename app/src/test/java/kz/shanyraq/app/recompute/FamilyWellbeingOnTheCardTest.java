package kz.shanyraq.app.recompute;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.security.AppUsers;
import kz.shanyraq.recompute.run.RunReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The family card carries the family's well-being category with its explanation and its national-run history. */
class FamilyWellbeingOnTheCardTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUsers users;

    @Autowired
    DataSource dataSource;

    RunReport run;

    @BeforeEach
    void aPublishedRun() {
        run = PublishedRun.of(dataSource);
    }

    @Test
    void theApiCardGivesTheCategoryEachCriterionAndTheRuleThatDecided() throws Exception {
        mvc.perform(get("/api/families/1").header("X-Purpose", "entitlement-check")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wellbeing.category.methodology").value(containsString("2025")))
                .andExpect(jsonPath("$.wellbeing.category.code").value(notNullValue()))
                .andExpect(jsonPath("$.wellbeing.category.decidedBy").value(notNullValue()))
                .andExpect(jsonPath("$.wellbeing.category.rule.en").value(notNullValue()))
                .andExpect(jsonPath("$.wellbeing.category.criteria[*].code").value(hasItem("per-capita-income")))
                .andExpect(jsonPath("$.wellbeing.level.methodology").value(containsString("2023")))
                .andExpect(jsonPath("$.wellbeing.published.runId").value((int) run.runId()))
                .andExpect(jsonPath("$.wellbeing.published.asOf").value(run.on().toString()))
                .andExpect(jsonPath("$.wellbeing.transitions[*].runId").value(hasItem((int) run.runId())));
    }

    @Test
    void theCardPageShowsTheCategoryAsAReferenceMethodologyWithItsExplanation() throws Exception {
        mvc.perform(get("/families/1").param("purpose", "entitlement-check").param("lang", "en")
                        .with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"wellbeing\"")))
                .andExpect(content().string(containsString("Category (2025 model)")))
                .andExpect(content().string(containsString("not the ministry")))
                .andExpect(content().string(containsString("Criteria: measured value and points")))
                .andExpect(content().string(containsString("National recompute run " + run.runId())));
    }
}
