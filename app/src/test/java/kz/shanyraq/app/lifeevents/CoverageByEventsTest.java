package kz.shanyraq.app.lifeevents;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Incomes and contributions received as life events advance what the registry covers (issue 22). */
class CoverageByEventsTest extends LifeEventTestSupport {

    private YearMonth thisMonth;

    @BeforeEach
    void coverageEndingHalfAYearAgo() {
        thisMonth = YearMonth.from(today());
        template.update("delete from source_coverage");
        template.update("insert into source_coverage (source_kind, first_month, last_month) values"
                + " ('incomes', ?, ?), ('social-contributions', ?, ?)",
                thisMonth.minusMonths(12).atDay(1), thisMonth.minusMonths(6).atDay(1),
                thisMonth.minusMonths(12).atDay(1), thisMonth.minusMonths(6).atDay(1));
    }

    @AfterEach
    void untracked() {
        template.update("delete from source_coverage");
    }

    private LocalDate lastMonth(String kind) {
        return template.queryForObject("select last_month from source_coverage where source_kind = ?",
                LocalDate.class, kind);
    }

    private LocalDate firstMonth(String kind) {
        return template.queryForObject("select first_month from source_coverage where source_kind = ?",
                LocalDate.class, kind);
    }

    @Test
    void an_income_event_of_this_month_advances_the_income_coverage_to_this_month() throws Exception {
        TestFamilies.Family f = family("KZ-71", "KZ-71-01");

        send(event("cov-income", "income-changed", today(), f.fatherIin(), Map.of("month", thisMonth.toString(),
                "type", "wage", "source", "tax", "amount", 250_000))).andExpect(status().isAccepted());
        awaitProcessed("cov-income");

        assertThat(outcome("cov-income")).startsWith("processed");
        assertThat(lastMonth("incomes")).isEqualTo(thisMonth.atDay(1));
        assertThat(firstMonth("incomes")).isEqualTo(thisMonth.minusMonths(12).atDay(1));
        assertThat(lastMonth("social-contributions")).isEqualTo(thisMonth.minusMonths(6).atDay(1));
    }

    @Test
    void a_contributions_event_advances_the_contribution_coverage_only() throws Exception {
        TestFamilies.Family f = family("KZ-71", "KZ-71-01");

        send(event("cov-so", "contributions-reported", today(), f.motherIin(), Map.of("month",
                thisMonth.minusMonths(1).toString(), "income", 300_000))).andExpect(status().isAccepted());
        awaitProcessed("cov-so");

        assertThat(lastMonth("social-contributions")).isEqualTo(thisMonth.minusMonths(1).atDay(1));
        assertThat(lastMonth("incomes")).isEqualTo(thisMonth.minusMonths(6).atDay(1));
    }
}
