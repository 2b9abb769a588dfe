package kz.shanyraq.app.imports;

import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ImportApiTest extends ServerTest {

    private static final String PASSWORD = "shanyraq-demo";
    private static final String PERSONS = """
            iin,birth_date,sex,status,status_from,death_date,mother_iin,birth_order
            880314410012,1988-03-14,F,citizen,,,,
            120520610038,2012-05-20,F,citizen,,,880314410012,1
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void an_operator_imports_a_civil_registry_batch_once_and_a_resent_batch_changes_nothing() throws Exception {
        mvc.perform(post("/api/imports/persons").param("batchId", "civil-2025-11-01").param("format", "csv")
                        .contentType("text/csv").content(PERSONS).with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("IMPORTED"))
                .andExpect(jsonPath("$.rows").value(2));
        long persons = count("select count(*) from person where iin in ('880314410012', '120520610038')");

        mvc.perform(post("/api/imports/persons").param("batchId", "civil-2025-11-01").param("format", "csv")
                        .contentType("text/csv").content(PERSONS).with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ALREADY_IMPORTED"));

        assertThat(persons).isEqualTo(2);
        assertThat(count("select count(*) from person where iin in ('880314410012', '120520610038')")).isEqualTo(2);
    }

    @Test
    void a_batch_with_a_wrong_iin_check_digit_is_refused_naming_line_and_field_and_nothing_is_written()
            throws Exception {
        String bad = """
                iin,birth_date,sex,status,status_from,death_date,mother_iin,birth_order
                900101300027,1990-01-01,M,citizen,,,,
                900101300028,1990-01-01,M,citizen,,,,
                """;
        long before = count("select count(*) from person");
        mvc.perform(post("/api/imports/persons").param("batchId", "civil-bad-1").param("format", "csv")
                        .contentType("text/csv").content(bad).with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("iin"));
        assertThat(count("select count(*) from person")).isEqualTo(before);
    }

    @Test
    void a_consultant_may_not_import() throws Exception {
        mvc.perform(post("/api/imports/persons").param("batchId", "x-1").param("format", "csv")
                        .contentType("text/csv").content(PERSONS).with(httpBasic("consultant.sko", PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_source_kind_is_a_bad_request_naming_it() throws Exception {
        mvc.perform(post("/api/imports/horoscopes").param("batchId", "x-2").param("format", "csv")
                        .contentType("text/csv").content(PERSONS).with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
