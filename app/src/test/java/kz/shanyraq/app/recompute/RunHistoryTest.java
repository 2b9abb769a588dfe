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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The run history: who sees it, what a finished run records, and a running run's live progress. */
class RunHistoryTest extends ServerTest {

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

    @Test
    void anAnalystReadsThePublishedRunWithItsVersionsAndCounts() throws Exception {
        mvc.perform(get("/api/recompute/runs").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].status", run.runId()).value("published"))
                .andExpect(jsonPath("$[?(@.id == %d)].asOf", run.runId()).value(run.on().toString()))
                .andExpect(jsonPath("$[?(@.id == %d)].familiesTotal", run.runId()).value((int) run.families()))
                .andExpect(jsonPath("$[?(@.id == %d)].persons", run.runId()).value((int) run.persons()))
                .andExpect(jsonPath("$[?(@.id == %d)].parameterVersion", run.runId())
                        .value(org.hamcrest.Matchers.contains(startsWith("sha256:"))))
                .andExpect(jsonPath("$[?(@.id == %d)].methodologies[*]", run.runId())
                        .value(org.hamcrest.Matchers.hasItem(startsWith("categories-2025"))))
                .andExpect(jsonPath("$[?(@.id == %d)].seconds", run.runId()).isNotEmpty());
    }

    @Test
    void operatorsAndAdministratorsSeeTheHistoryConsultantsDoNot() throws Exception {
        mvc.perform(get("/api/recompute/runs").with(httpBasic("operator", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/recompute/runs").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/recompute/runs").with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("role-not-allowed"));
        mvc.perform(get("/recompute/runs").with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theHistoryPageListsTheRun() throws Exception {
        mvc.perform(get("/recompute/runs").param("lang", "en").with(user(users.loadUserByUsername("operator"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"run-" + run.runId() + "\"")))
                .andExpect(content().string(containsString("published")))
                .andExpect(content().string(containsString("categories-2025")));
    }

    @Test
    void aRunningRunShowsItsProgressAndIsPolledEveryTwoSecondsUntilItStops() throws Exception {
        long id = jdbc.sql("""
                        insert into recompute_run (as_of, status, host, pid, families_total, families_done, persons,
                                                   families_per_second, parameter_version, measures)
                        values (current_date, 'running', 'test', 1, 1000, 250, 800, 50, 'sha256:test', '{}')
                        returning id""").query(Long.class).single();
        try {
            mvc.perform(get("/api/recompute/runs").with(httpBasic("operator", PASSWORD)))
                    .andExpect(jsonPath("$[?(@.id == %d)].percentDone", id).value(25))
                    .andExpect(jsonPath("$[?(@.id == %d)].secondsLeft", id).value(15));
            mvc.perform(get("/recompute/runs").param("lang", "en").with(user(users.loadUserByUsername("analyst"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("hx-get=\"/recompute/runs/" + id + "/row\"")))
                    .andExpect(content().string(containsString("hx-trigger=\"every 2s\"")))
                    .andExpect(content().string(containsString("250 of 1 000 families, 50 per second, about 15 s left")));
            jdbc.sql("update recompute_run set families_done = 900 where id = :id").param("id", id).update();
            mvc.perform(get("/recompute/runs/" + id + "/row").param("lang", "en")
                            .with(user(users.loadUserByUsername("analyst"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(startsWith("<tr")))
                    .andExpect(content().string(containsString("900 of 1 000 families")))
                    .andExpect(content().string(containsString("every 2s")));
        } finally {
            jdbc.sql("update recompute_run set status = 'failed', finished_at = now(), failure = 'test' where id = :id")
                    .param("id", id).update();
        }
        mvc.perform(get("/recompute/runs/" + id + "/row").with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("every 2s"))));
    }
}
