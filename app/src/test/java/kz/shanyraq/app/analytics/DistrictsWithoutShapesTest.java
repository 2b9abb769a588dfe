package kz.shanyraq.app.analytics;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.recompute.PublishedRun;
import kz.shanyraq.recompute.run.RunReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No district boundaries of Kazakhstan may be shipped, so a region's districts are a table under the map, each a
 * link to the district's dashboard, and the page says why there is no district layer.
 */
class DistrictsWithoutShapesTest extends ServerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @kz.shanyraq.app.database.RegistryOwner
    DataSource owner;

    @Autowired
    MonthlyCapture capture;

    @Autowired
    kz.shanyraq.app.security.AppUsers users;

    @Test
    void a_regions_dashboard_lists_its_districts_for_the_map_figure_and_each_opens_the_districts_dashboard()
            throws Exception {
        RunReport run = PublishedRun.of(owner);
        capture.captureAll();
        var busiest = jdbc.sql("""
                select region_code, district_id from recompute_result_%d where district_id is not null
                 group by 1, 2 order by count(*) desc limit 1""".formatted(run.runId()))
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).single();
        String region = mvc.perform(get("/analytics").param("region", busiest[0]).param("lang", "ru")
                        .with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(region).contains("id=\"map-no-districts\"", "id=\"table-districts\"",
                "data-district=\"" + busiest[1] + "\"", "district=" + busiest[1]);

        String district = mvc.perform(get("/analytics").param("region", busiest[0]).param("district", busiest[1])
                        .with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(district).contains("id=\"dashboard-title\"", "id=\"headline\"");

        String national = mvc.perform(get("/analytics").with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(national).contains("id=\"map-no-districts\"").doesNotContain("id=\"table-districts\"");
    }
}
