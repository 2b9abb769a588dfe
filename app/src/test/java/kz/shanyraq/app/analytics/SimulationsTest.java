package kz.shanyraq.app.analytics;

import kz.shanyraq.app.ServerTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reform entered through the API and the form, run on the demo registry, stored, shown and exported. */
class SimulationsTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    kz.shanyraq.app.security.AppUsers users;

    @Autowired
    Simulations simulations;

    private Simulations.Run awaitDone(long id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            Simulations.Run r = simulations.find(id).orElseThrow();
            if (!r.status().equals("running")) {
                return r;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("simulation " + id + " still running");
    }

    @Test
    void theLawRestatedUnchangedShowsZeroDifferenceAndExportsAWorkbookWithTheSameNumbers() throws Exception {
        String yaml = ReformDrafts.yaml(simulations.law(), "multichild-allowance.coefficient",
                LocalDate.of(2026, 1, 1), null, java.math.BigDecimal.ZERO);
        String body = Simulations.JSON.writeValueAsString(java.util.Map.of("title", "zero", "asOf",
                LocalDate.now().toString(), "reform", yaml));
        String started = mvc.perform(post("/api/analytics/simulations").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = Simulations.JSON.readTree(started).get("id").asLong();
        Simulations.Run run = awaitDone(id);
        assertThat(run.status()).as(run.failure()).isEqualTo("done");
        assertThat(run.result().total().gainers()).isZero();
        assertThat(run.result().total().losers()).isZero();
        assertThat(run.result().total().totalAfter()).isEqualTo(run.result().total().totalBefore());
        mvc.perform(get("/api/analytics/simulations/" + id).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.change.gainers.value").value(0.0))
                .andExpect(jsonPath("$.result.total.difference.value").value(0.0));
        byte[] xlsx = mvc.perform(get("/api/analytics/simulations/" + id + "/xlsx").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("reform").getRow(1).getCell(0).getStringCellValue())
                    .contains("multichild-allowance.coefficient");
            assertThat(wb.getSheet("change").getRow(1).getCell(3).getNumericCellValue()).isZero();
        }
    }

    @Test
    void aReformOfAnUnknownParameterIsRefusedNamingItAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from simulation_run").query(Long.class).single();
        String body = Simulations.JSON.writeValueAsString(java.util.Map.of("asOf", "2026-10-01", "reform",
                "parameters:\n  - name: no.such.parameter\n    title: {ru: x, kk: x, en: x}\n    unit: KZT\n"
                        + "    versions:\n      - from: 2026-01-01\n        value: 1\n        status: unverified\n"
                        + "        act: draft\n        sources: [simulation]\n"));
        mvc.perform(post("/api/analytics/simulations").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("invalid-reform"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("no.such.parameter")));
        assertThat(jdbc.sql("select count(*) from simulation_run").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aReformPickedInTheFormRunsAndItsPageShowsTheCostAndTheExamples() throws Exception {
        String location = mvc.perform(post("/analytics/simulations").with(user(users.loadUserByUsername("analyst")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("title", "multi-child +10 %").param("asOf", LocalDate.now().toString())
                        .param("parameter", "multichild-allowance.coefficient").param("from", "2026-01-01")
                        .param("percent", "10"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(awaitDone(id).status()).isEqualTo("done");
        String html = mvc.perform(get("/analytics/simulations/" + id).param("lang", "kk")
                        .with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"table-cost\"", "id=\"chart-cost\"", "id=\"table-poverty\"", "Шаралар бойынша шығыстар");
        assertThat(html).doesNotContain("iin");
    }
}
