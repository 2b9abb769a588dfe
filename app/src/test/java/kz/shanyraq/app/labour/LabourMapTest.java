package kz.shanyraq.app.labour;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.security.AppUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The labour-risk map on the demo server (synthetic enterprises, a first published run): who sees what, the card's
 * explained scores, and the scenario through the API — new arrears and a missing insurance contract put an
 * enterprise in the high band on the next run and on the monitoring list; paid and insured, it leaves the band.
 */
class LabourMapTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";
    static final String DAY = "2026-12-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUsers users;

    String enterpriseIn(String region) {
        return jdbc.sql("""
                        select e.bin from enterprise e where e.region_code = :r
                          and exists (select 1 from accident_insurance_contract a where a.bin = e.bin)
                          and not exists (select 1 from wage_arrears_report w where w.bin = e.bin)
                          and not exists (select 1 from enterprise_insolvency i where i.bin = e.bin)
                        order by e.bin limit 1""")
                .param("r", region).query(String.class).single();
    }

    @Test
    void an_inspector_reads_the_card_of_an_enterprise_of_their_region_with_every_score_explained() throws Exception {
        String bin = enterpriseIn("KZ-59");
        long logged = jdbc.sql("select count(*) from labour_access_log").query(Long.class).single();
        mvc.perform(get("/api/labour/enterprises/" + bin).param("on", DAY).with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bin").value(bin))
                .andExpect(jsonPath("$.model.status").value("reference"))
                .andExpect(jsonPath("$.scores[0].code").value("social-tension"))
                .andExpect(jsonPath("$.scores[0].lines[0].code").value("accident-insurance-missing"))
                .andExpect(jsonPath("$.scores[0].lines[0].points").value(0))
                .andExpect(jsonPath("$.scores[1].code").value("occupational-safety"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from labour_access_log").query(Long.class).single())
                .isEqualTo(logged + 1);
    }

    @Test
    void other_regions_other_roles_and_wrong_bins_are_refused() throws Exception {
        String elsewhere = enterpriseIn("KZ-75");
        mvc.perform(get("/api/labour/enterprises/" + elsewhere).with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("outside-territory"));
        mvc.perform(get("/api/labour/enterprises/" + elsewhere).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("role-not-allowed"));
        mvc.perform(get("/api/labour/regions").with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("role-not-allowed"));
        mvc.perform(get("/api/labour/enterprises/123456789012").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-bin"));
        mvc.perform(post("/api/labour/scoring-runs").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_analyst_sees_the_twenty_regions_an_inspector_only_theirs() throws Exception {
        mvc.perform(get("/api/labour/regions").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(20)));
        mvc.perform(get("/api/labour/regions").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].regionCode").value("KZ-59"));
        mvc.perform(get("/labour").param("lang", "kk").with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"risk-map\"")))
                .andExpect(content().string(containsString("Еңбек тәуекелдерінің картасы")));
    }

    @Test
    void the_risk_map_draws_the_twenty_regions_with_the_analytics_shapes_and_map_script() throws Exception {
        mvc.perform(get("/labour").param("lang", "en").with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"labour-map\"")))
                .andExpect(content().string(containsString("/js/geo/kazakhstan2023Low.json")))
                .andExpect(content().string(containsString("/js/analytics-map.js")))
                .andExpect(content().string(containsString("/js/labour-map.js")))
                .andExpect(content().string(containsString("data-high-per-mille=")))
                .andExpect(content().string(containsString("High social tension, ‰")));
        mvc.perform(get("/js/labour-map.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("shanyraqChoropleth('labour-map'")));
    }

    @Test
    void new_arrears_and_no_insurance_enter_the_high_band_on_the_next_run_and_paying_and_insuring_leaves_it() throws Exception {
        String bin = enterpriseIn("KZ-59");
        jdbc.sql("delete from accident_insurance_contract where bin = :b").param("b", bin).update();
        jdbc.sql("""
                insert into wage_arrears_report (bin, as_of, amount, workers, oldest_unpaid_month)
                values (:b, '2026-11-25', 2500000, 8, '2026-11-01')""").param("b", bin).update();
        mvc.perform(post("/api/labour/scoring-runs").param("on", DAY).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/labour/monitoring").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].bin", hasItem(bin)));
        mvc.perform(get("/labour/enterprises/" + bin).param("on", DAY).with(user(users.loadUserByUsername("inspector.sko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-score=\"social-tension\" data-band=\"high\"")));

        String opened = mvc.perform(post("/api/labour/enterprises/" + bin + "/stabilisation-plans")
                        .contentType("application/json")
                        .content("{\"points\": [{\"action\": \"Pay the wage arrears\", \"responsible\": "
                                + "\"Employer; labour inspectorate\", \"dueOn\": \"2027-01-15\"}]}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("open"))
                .andReturn().getResponse().getContentAsString();
        long plan = Long.parseLong(opened.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/labour/stabilisation-plans/" + plan + "/removal").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-plan"));
        mvc.perform(post("/api/labour/stabilisation-plans/" + plan + "/points/1/done").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points[0].doneOn").isNotEmpty());

        jdbc.sql("insert into accident_insurance_contract (contract_ref, bin, valid_from) values (:r, :b, '2026-12-01')")
                .param("r", "NEW-" + bin).param("b", bin).update();
        jdbc.sql("insert into wage_arrears_report (bin, as_of, amount, workers) values (:b, '2026-12-01', 0, 0)")
                .param("b", bin).update();
        mvc.perform(post("/api/labour/scoring-runs").param("on", DAY).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leftHigh.social-tension").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/labour/monitoring").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(jsonPath("$[*].bin", not(hasItem(bin))));
        mvc.perform(post("/api/labour/stabilisation-plans/" + plan + "/removal").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("removed"))
                .andExpect(jsonPath("$.workersCovered").isNumber());
        mvc.perform(get("/api/labour/removed").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enterprises").value(1));
        mvc.perform(get("/api/labour/enterprises/" + bin).param("on", DAY).with(httpBasic("inspector.sko", PASSWORD)))
                // Newest first; the occupational-safety score may move in the same runs, so only social tension here.
                .andExpect(jsonPath("$.transitions[?(@.score == 'social-tension')].kind")
                        .value(org.hamcrest.Matchers.contains("left-high", "entered-high")));
    }

    @Test
    void the_preventive_control_list_of_the_region_gives_each_entry_its_reasons_and_counts_the_checked() throws Exception {
        mvc.perform(get("/api/labour/preventive-control").param("half", "2026-H2").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("KZ-59"))
                .andExpect(jsonPath("$.status").value("reference"))
                .andExpect(jsonPath("$.basis[0]").value(containsString("art. 141")))
                .andExpect(jsonPath("$.listed").isNumber());
        mvc.perform(get("/api/labour/preventive-control").param("half", "2026").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-half"));
    }

    @Test
    void an_employers_accident_notification_is_recorded_once_and_a_wrong_field_is_named_and_writes_nothing() throws Exception {
        String bin = enterpriseIn("KZ-59");
        long before = jdbc.sql("select count(*) from workplace_accident").query(Long.class).single();
        String wrong = """
                {"accidentRef": "HR-1", "bin": "%s", "occurredOn": "2026-11-30", "severity": "fatal", "victims": 1, "killed": 0}
                """.formatted(bin);
        mvc.perform(post("/api/labour/accidents").contentType("application/json").content(wrong)
                        .with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-killed"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from workplace_accident").query(Long.class).single())
                .isEqualTo(before);
        String right = wrong.replace("\"killed\": 0", "\"killed\": 1");
        mvc.perform(post("/api/labour/accidents").contentType("application/json").content(right)
                        .with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(true));
        mvc.perform(post("/api/labour/accidents").contentType("application/json").content(right)
                        .with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(false));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select source from workplace_accident where accident_ref = 'HR-1'")
                .query(String.class).single()).isEqualTo("employer");
    }
}
