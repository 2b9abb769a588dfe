package kz.shanyraq.app.analytics;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.recompute.PublishedRun;
import kz.shanyraq.recompute.run.RunReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures of the catalogue, counted by hand in the published run's own table of the demo families: the same
 * number on the API, small cells hidden, and no person anywhere.
 */
class AnalyticsFiguresTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    @kz.shanyraq.app.database.RegistryOwner
    DataSource owner;

    @Autowired
    MonthlyCapture capture;

    @Autowired
    kz.shanyraq.app.security.AppUsers users;

    @Autowired
    Figures figures;

    RunReport run;

    @BeforeEach
    void aPublishedRunCaptured() {
        run = PublishedRun.of(owner);
        capture.captureAll();
    }

    private Figures.Month month() {
        return figures.months().stream().filter(m -> m.runId() == run.runId()).findFirst().orElseThrow();
    }

    private long counted(String sql) {
        return jdbc.sql(sql.replace("<run>", "recompute_result_" + run.runId())).query(Long.class).single();
    }

    @Test
    void familiesRecipientsAndMoneyPerMeasureAreTheRunsOwnCountsWithSmallOnesHidden() {
        FigureSet set = figures.of(month(), AnalyticsFilter.NONE);
        long families = counted("select count(*) from <run>");
        assertThat(set.get(Figure.FAMILIES).value()).isEqualTo(families >= 5 ? (double) families : null);
        List<String> measures = jdbc.sql("select unnest(measures) from recompute_run where id = :id")
                .param("id", run.runId()).query(String.class).list();
        for (int k = 0; k < measures.size(); k++) {
            long recipients = counted("select count(*) from <run> where " + k + " = any(entitled)");
            long money = counted("select coalesce(sum(e.amount), 0) from <run> r, unnest(r.entitled, r.amounts)"
                    + " as e(k, amount) where e.k = " + k);
            FigureSet.MeasureRow row = set.measures().get(Figures.MEASURES.indexOf(measures.get(k)));
            if (recipients >= 1 && recipients <= 4) {
                assertThat(row.recipients().hidden()).as(measures.get(k)).isTrue();
                assertThat(row.money().value()).as(measures.get(k)).isNull();
                assertThat(row.average().value()).as(measures.get(k)).isNull();
            } else {
                assertThat(row.recipients().value()).as(measures.get(k)).isEqualTo((double) recipients);
                assertThat(row.money().value()).as(measures.get(k)).isEqualTo((double) money);
            }
        }
    }

    @Test
    void everyShownFamilyCountOfEveryRegionIsZeroOrAtLeastFive() {
        for (FigureSet set : figures.byTerritory(month(), AnalyticsFilter.NONE).values()) {
            List<Value> counts = new java.util.ArrayList<>(set.headline().values());
            set.measures().forEach(r -> counts.add(r.recipients()));
            set.categories().forEach(r -> counts.add(r.families()));
            for (Value v : counts) {
                assertThat(v.hidden() || v.value() == null || v.value() == 0 || v.value() >= 5).isTrue();
            }
        }
    }

    @Test
    void theLabourFiguresOfTheMapAreTheEnterprisesWithWageArrearsAndInTheHighBandOfEachRegionWithSmallOnesHidden() {
        Figures.Month m = month();
        java.time.LocalDate end = java.time.LocalDate.parse(m.label() + "-01").plusMonths(1);
        Map<String, Long> arrears = new java.util.HashMap<>();
        jdbc.sql("""
                        select e.region_code, count(*) from enterprise e
                         where (select w.amount from wage_arrears_report w where w.bin = e.bin and w.as_of < :end
                                 order by w.as_of desc limit 1) > 0
                         group by e.region_code""").param("end", end)
                .query(rs -> { arrears.put(rs.getString(1), rs.getLong(2)); });
        Map<String, Long> high = new java.util.HashMap<>();
        jdbc.sql("""
                        select s.region_code, count(*) from labour_score s
                         where s.run_id = (select id from labour_scoring_run where status in ('published', 'superseded')
                                            and as_of < :end order by as_of desc, id desc limit 1)
                           and s.bands[1] = 2 group by s.region_code""").param("end", end)
                .query(rs -> { high.put(rs.getString(1), rs.getLong(2)); });
        Map<String, FigureSet> regions = figures.byTerritory(m, AnalyticsFilter.NONE);
        assertThat(regions).isNotEmpty();
        regions.forEach((region, set) -> {
            if (region.isEmpty()) {
                return;
            }
            expectCount(set.get(Figure.WAGE_ARREARS), arrears.getOrDefault(region, 0L), region);
            expectCount(set.get(Figure.LABOUR_HIGH_TENSION), high.getOrDefault(region, 0L), region);
        });
    }

    private static void expectCount(Value v, long expected, String region) {
        if (expected >= 1 && expected <= 4) {
            assertThat(v.hidden()).as(region).isTrue();
        } else {
            assertThat(v.value()).as(region).isEqualTo((double) expected);
        }
    }

    @Test
    void anAnalystGetsTheDashboardAsAggregatesWithoutAPerson() throws Exception {
        String json = mvc.perform(get("/api/analytics/dashboard").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.headline.FAMILIES").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("iin").doesNotContain("familyId").doesNotContain("family_id");
    }

    @Test
    void theTurkestanRegionOfTwoDemoFamiliesIsHiddenOnTheMapAndInTheApi() throws Exception {
        long turkestan = counted("select count(*) from <run> where region_code = 'KZ-61'");
        assertThat(turkestan).isBetween(1L, 4L);
        mvc.perform(get("/api/analytics/map").param("figure", "families").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['KZ-61'].hidden").value(true))
                .andExpect(jsonPath("$['KZ-61'].value").doesNotExist());
    }

    @Test
    void aConsultantIsRefusedAndAWrongFilterIsNamed() throws Exception {
        mvc.perform(get("/api/analytics/dashboard").with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("role-not-allowed"));
        mvc.perform(get("/api/analytics/dashboard").param("region", "Almaty").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reason").value("invalid-region"));
        mvc.perform(get("/api/analytics/dashboard").param("month", "1999-01").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCatalogueStatesEachFiguresDefinitionAndSources() throws Exception {
        mvc.perform(get("/api/analytics/figures").param("lang", "kk").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("families"))
                .andExpect(jsonPath("$[0].sources[0]").value("recompute_result_<run>"))
                .andExpect(jsonPath("$[0].definition").value(org.hamcrest.Matchers.containsString("отбасылары")));
    }

    @Test
    void theCalibrationPutsTheDashboardsFiguresBesideThePublishedOnesWithTheDifferenceInPercent() throws Exception {
        FigureSet set = figures.of(month(), AnalyticsFilter.NONE);
        Value multi = set.pick(Figure.RECIPIENTS, "multichild-allowance");
        mvc.perform(get("/api/analytics/calibration").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scale").value(1.0))
                .andExpect(jsonPath("$.lines[?(@.measure == 'multichild-allowance')].publishedRecipients").value(
                        org.hamcrest.Matchers.contains(590000)))
                .andExpect(jsonPath("$.lines[?(@.measure == 'multichild-allowance')].recipients.hidden").value(
                        org.hamcrest.Matchers.contains(multi.hidden())));
        String html = mvc.perform(get("/analytics/calibration").param("lang", "kk")
                        .with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"calibration\"", "Жарияланған", "seed 000", "seed 001", "data-seed=\"001\"",
                "id=\"calibration-regions\"");
    }

    @Test
    void theDashboardPageHasItsChartsTablesAndMap() throws Exception {
        String html = mvc.perform(get("/analytics").with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"chart-measures\"", "id=\"table-measures\"", "id=\"map\"",
                "echarts.min.js", "leaflet.js", "kazakhstan2023Low.json");
    }
}
