package kz.shanyraq.app.recompute;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.security.AppUsers;
import kz.shanyraq.recompute.run.RunReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.time.YearMonth;

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
    @kz.shanyraq.app.database.RegistryOwner
    DataSource dataSource; // the recompute runs as the schema owner, as ./shanyraq recompute does

    RunReport run;

    @BeforeEach
    void aPublishedRun() {
        run = PublishedRun.of(dataSource);
    }

    /**
     * The hand-written demo loads no regional subsistence minimum, so its families' categories are undetermined;
     * an operator's official figures (subsistence minimum, median income) for North Kazakhstan (the quarter before today's) lets the law score family 1.
     */
    private void withSubsistenceMinimum(ThrowingRunnable check) throws Exception {
        YearMonth before = YearMonth.now().minusMonths(3);
        String quarter = before.getYear() + "-Q" + ((before.getMonthValue() - 1) / 3 + 1);
        jdbc.sql("""
                        insert into regional_figure (series, region_code, period, value, provenance, source, computed_from)
                        values ('subsistence-minimum', 'KZ-59', :p, 52000, 'official', 'test', 'a test'),
                               ('median-per-capita-income', 'KZ-59', :p, 150000, 'official', 'test', 'a test')""")
                .param("p", quarter).update();
        try {
            check.run();
        } finally {
            jdbc.sql("delete from regional_figure where source = 'test' and computed_from = 'a test' "
                    + "and region_code = 'KZ-59' and period = :p")
                    .param("p", quarter).update();
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void withoutTheRegionalSubsistenceMinimumTheCategoryIsUndeterminedAndSaysWhy() throws Exception {
        mvc.perform(get("/api/families/3").header("X-Purpose", "entitlement-check")
                        .with(httpBasic("assistant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wellbeing.category.code").value("undetermined"))
                .andExpect(jsonPath("$.wellbeing.category.rule.en").value(containsString("subsistence minimum")));
    }

    @Test
    void theCardListsTheRunsInWhichTheFamilysCategoryChanged() throws Exception {
        // The demo's run scored nobody (no regional figures), so no category changed: a change is recorded here.
        jdbc.sql("""
                        insert into recompute_transition (run_id, family_id, region_code, district_id, from_category,
                                                          to_category)
                        values (:run, 8, 'KZ-59', 'KZ-59-01', 2, 3)""").param("run", run.runId()).update();
        try {
            mvc.perform(get("/api/families/8").header("X-Purpose", "entitlement-check")
                            .with(httpBasic("consultant.sko", PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.wellbeing.transitions[0].runId").value((int) run.runId()))
                    .andExpect(jsonPath("$.wellbeing.transitions[0].from").value(2))
                    .andExpect(jsonPath("$.wellbeing.transitions[0].to").value(3));
            mvc.perform(get("/families/8").param("purpose", "entitlement-check").param("lang", "en")
                            .with(user(users.loadUserByUsername("consultant.sko"))))
                    .andExpect(content().string(containsString(": 2 → 3 (up)")));
        } finally {
            jdbc.sql("delete from recompute_transition where run_id = :run and family_id = 8")
                    .param("run", run.runId()).update();
        }
    }

    @Test
    void theApiCardGivesTheCategoryEachCriterionAndTheRuleThatDecided() throws Exception {
        withSubsistenceMinimum(() -> mvc.perform(get("/api/families/1").header("X-Purpose", "entitlement-check")
                        .with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wellbeing.category.methodology").value(containsString("2025")))
                .andExpect(jsonPath("$.wellbeing.category.code").value(org.hamcrest.Matchers.matchesPattern("[1-6]")))
                .andExpect(jsonPath("$.wellbeing.category.decidedBy").value(notNullValue()))
                .andExpect(jsonPath("$.wellbeing.category.rule.en").value(notNullValue()))
                .andExpect(jsonPath("$.wellbeing.category.criteria[*].code").value(hasItem("per-capita-income")))
                .andExpect(jsonPath("$.wellbeing.level.methodology").value(containsString("2023")))
                .andExpect(jsonPath("$.wellbeing.published.runId").value((int) run.runId()))
                .andExpect(jsonPath("$.wellbeing.published.asOf").value(run.on().toString()))
                .andExpect(jsonPath("$.wellbeing.transitions").isArray()));
    }

    @Test
    void theCardPageShowsTheCategoryAsAReferenceMethodologyWithItsExplanation() throws Exception {
        withSubsistenceMinimum(() -> mvc.perform(get("/families/1").param("purpose", "entitlement-check").param("lang", "en")
                        .with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"wellbeing\"")))
                .andExpect(content().string(containsString("Category (2025 model)")))
                .andExpect(content().string(containsString("not the ministry")))
                .andExpect(content().string(containsString("Criteria: measured value and points")))
                .andExpect(content().string(containsString("National recompute run " + run.runId()))));
    }
}
