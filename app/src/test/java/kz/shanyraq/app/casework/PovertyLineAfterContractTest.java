package kz.shanyraq.app.casework;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Families above the poverty line after their social contract: the registry's family on the day, the law's own
 * comparison; a single family's counts are hidden when published. And the figures screen in three languages.
 */
class PovertyLineAfterContractTest extends CaseworkTestSupport {

    @Autowired
    PovertyLineAfterContract afterContract;
    @Autowired
    MockMvc mvc;
    @Autowired
    kz.shanyraq.app.security.AppUsers users;

    @AfterEach
    void withoutTheWage() {
        jdbc.sql("delete from income where source = 'casework-after-test'").update();
    }

    @Test
    void a_family_whose_contract_ended_seven_months_ago_is_counted_above_the_line_six_months_after_only_once_its_income_is() {
        long id = underContract(applied());
        LocalDate ended = today().minusMonths(7);
        // The contract as if it had run its six months and ended seven months ago.
        jdbc.sql("update social_contract set valid_from = :f, valid_to = :t where case_id = :c")
                .param("f", ended.minusMonths(6).plusDays(1)).param("t", ended).param("c", id).update();
        YearMonth month = YearMonth.from(ended);

        long[] poor = afterContract.counts("KZ-61", month, month).get("KZ-61|" + month);
        assertThat(poor).containsExactly(1, 1, 0, 0, 0);

        // The mother's wage in the quarter the law reads six months after the end.
        LocalDate after = ended.plusMonths(6);
        YearMonth quarterStart = YearMonth.of(after.getYear(), ((after.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
        for (int i = 0; i < 3; i++) {
            jdbc.sql("insert into income (person_id, month, type, source, amount) values (5002, :m, 'wage', "
                    + "'casework-after-test', 900000)").param("m", quarterStart.plusMonths(i).atDay(1)).update();
        }
        long[] working = afterContract.counts("KZ-61", month, month).get("KZ-61|" + month);
        assertThat(working).containsExactly(1, 1, 1, 0, 0);

        PovertyLineAfterContract.Row published = afterContract.of(OFFICER, month, month).get(0);
        assertThat(published.contractsEnded()).as("one family: hidden").isNull();
        assertThat(published.aboveAfter6()).isNull();
        assertThat(published.assessedAfter12()).as("zero is shown").isZero();
    }

    @Test
    void the_figures_screen_speaks_russian_kazakh_and_english_and_refuses_a_consultant() throws Exception {
        for (String[] l : new String[][] {{"ru", "Показатели работы по АСП"}, {"kk", "АӘК бойынша жұмыс көрсеткіштері"},
                {"en", "АСП case-work figures"}}) {
            mvc.perform(get("/casework/figures").param("lang", l[0]).with(user(users.loadUserByUsername("analyst"))))
                    .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(l[1])));
        }
        mvc.perform(get("/casework/figures").with(user(users.loadUserByUsername("consultant.turkestan"))))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/api/casework/figures/poverty-line-after-contract").param("from", "2025-01")
                        .param("to", "2026-12").with(httpBasic("analyst", "shanyraq-demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).startsWith("[");
    }
}
