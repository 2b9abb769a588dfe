package kz.shanyraq.app.recompute;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.security.AppUsers;
import kz.shanyraq.recompute.run.RunReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The distribution of families over the categories: analysts see aggregates of every region and never a family;
 * territorial staff see their own territory's rows only; small counts are hidden.
 */
class CategoryDistributionTest extends ServerTest {

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

    private String url() {
        return "/api/recompute/runs/" + run.runId() + "/distribution";
    }

    @Test
    void anAnalystSeesEveryRegionOfTheDemoFamiliesWithTheSmallCountsHidden() throws Exception {
        String json = mvc.perform(get(url()).with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.run.id").value((int) run.runId()))
                // Other test classes share the database and may add families (one without an address): at least these.
                .andExpect(jsonPath("$.rows[*].region").value(hasItems("KZ-59", "KZ-61", "KZ-71")))
                .andExpect(jsonPath("$.rows[*].district").value(everyItem(is((Object) null))))
                // Ten families over three regions: Turkestan has two, so every count there is hidden or zero.
                .andExpect(jsonPath("$.rows[?(@.region == 'KZ-61')]..hidden").value(hasItem(true)))
                .andExpect(jsonPath("$.rows[?(@.region == 'KZ-61')].categories[?(@.hidden == false)].count")
                        .value(everyItem(is(0))))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("familyId").doesNotContain("iin");
    }

    @Test
    void anAnalystCannotOpenAFamily() throws Exception {
        mvc.perform(get("/api/families/1").header("X-Purpose", "case-work").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("role-without-personal-data"));
    }

    @Test
    void aNationalReaderSeesTheDistrictsOfAChosenRegion() throws Exception {
        mvc.perform(get(url()).param("region", "KZ-59").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("KZ-59"))
                .andExpect(jsonPath("$.rows[*].district").value(containsInAnyOrder("KZ-59-01", "KZ-59-02")));
    }

    @Test
    void aDistrictConsultantSeesOnlyTheirDistrictAndIsRefusedAnotherRegion() throws Exception {
        mvc.perform(get(url()).with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].district").value(containsInAnyOrder("KZ-59-01")));
        mvc.perform(get(url()).param("region", "KZ-61").with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reason").value("outside-territory"));
        mvc.perform(get("/recompute/distribution").param("region", "KZ-61")
                        .with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        mvc.perform(get("/api/recompute/runs/999999/distribution").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("no-run"));
    }

    @Test
    void thePageDrawsABarPerRegion() throws Exception {
        mvc.perform(get("/recompute/distribution").param("lang", "en")
                        .with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg class=\"bar\"")))
                .andExpect(content().string(containsString("&lt;5")))
                .andExpect(content().string(containsString("region=KZ-59")));
    }
}
