package kz.shanyraq.app.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static kz.shanyraq.app.demo.DemoUsers.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CaseApiTest extends CaseworkTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void the_portal_files_a_citizens_application_and_a_consultant_of_the_district_opens_it() throws Exception {
        noOpenCaseOfFamily5();
        String body = "{\"applicantIin\":\"" + iinOf(5002) + "\",\"appliedOn\":\"" + applied()
                + "\",\"account\":\"" + IBAN + "\"}";
        String created = mvc.perform(post("/api/portal/applications").with(httpBasic("portal", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));

        mvc.perform(get("/api/cases/" + id).with(httpBasic("consultant.turkestan", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("portal"))
                .andExpect(jsonPath("$.state").value("REGISTERED"))
                .andExpect(jsonPath("$.members.length()").value(5));
    }

    @Test
    void a_wrong_account_is_refused_naming_the_field() throws Exception {
        mvc.perform(post("/api/cases").with(httpBasic("consultant.turkestan", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicantIin\":\"" + iinOf(5001) + "\",\"channel\":\"career-centre\","
                                + "\"account\":\"123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("account"));
    }

    @Test
    void a_decision_without_a_commission_conclusion_is_a_409_with_the_reason() throws Exception {
        long id = registerFamily5(applied());

        mvc.perform(post("/api/cases/" + id + "/decision").with(httpBasic("consultant.turkestan", PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("no-commission-conclusion"))
                .andExpect(jsonPath("$.detail").value(containsString("district commission")));
    }

    @Test
    void the_second_approval_gets_a_409_concurrent_change() throws Exception {
        long id = surveyed(applied());
        decisions.prepare(CONSULTANT, id);
        mvc.perform(post("/api/cases/" + id + "/decision/approve").with(httpBasic("officer.turkestan", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("contract-pending"));

        mvc.perform(post("/api/cases/" + id + "/decision/approve").with(httpBasic("officer2.turkestan", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("concurrent-change"));
    }

    @Test
    void the_case_api_is_in_the_openapi_document() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/cases/{id}/decision/approve']").exists())
                .andExpect(jsonPath("$.paths['/api/payroll/{month}']").exists());
    }
}
