package kz.shanyraq.app.security;

import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A consultant cannot tell a family (or person) outside the territory from one that does not exist. */
class RefusalsRevealNothingTest extends ServerTest {

    @Autowired
    MockMvc mvc;

    private String answer(String path) throws Exception {
        MvcResult r = mvc.perform(get(path).header("X-Purpose", "case-work")
                        .with(httpBasic("consultant.sko", "shanyraq-demo")))
                .andExpect(status().isForbidden()).andReturn();
        return r.getResponse().getContentAsString().replace(path, "");
    }

    @Test
    void aFamilyOutsideTheTerritoryAndAFamilyThatDoesNotExistGetTheSameAnswer() throws Exception {
        assertThat(answer("/api/families/999999")).isEqualTo(answer("/api/families/2"));
        assertThat(jdbc.sql("select outcome from audit_event where family_id = 999999 and actor = 'consultant.sko'")
                .query(String.class).list()).containsOnly("not-found");
    }

    private static String validIin(String first11) {
        for (int serial = 0; ; serial++) {
            String digits = first11.substring(0, 8) + String.format("%03d", serial);
            int check = kz.shanyraq.law.family.Iin.checkDigit(digits);
            if (check < 10) {
                return digits + check;
            }
        }
    }

    @Test
    void aPersonOutsideTheTerritoryAndAnIinNobodyHasGetTheSameAnswer() throws Exception {
        String nobody = validIin("99123130000"); // a well-formed IIN the hand-written registry does not hold
        assertThat(jdbc.sql("select count(*) from person where iin = :i").param("i", nobody).query(Long.class).single())
                .isZero();
        assertThat(answer("/api/persons/" + nobody)).isEqualTo(answer("/api/persons/" + iinOf(2001)));
    }
}
