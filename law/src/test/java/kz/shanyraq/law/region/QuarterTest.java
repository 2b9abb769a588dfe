package kz.shanyraq.law.region;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void an_application_on_31_march_is_in_the_first_quarter_and_on_1_april_in_the_second() {
        assertThat(Quarter.of(LocalDate.of(2019, 3, 31))).hasToString("2019-Q1");
        assertThat(Quarter.of(LocalDate.of(2019, 4, 1))).hasToString("2019-Q2");
    }

    @Test
    void the_quarter_before_the_first_quarter_is_the_fourth_quarter_of_the_previous_year() {
        assertThat(Quarter.parse("2018-Q1").previous()).isEqualTo(new Quarter(2017, 4));
        assertThat(Quarter.parse("2025-Q3").previous()).hasToString("2025-Q2");
    }

    @Test
    void a_quarter_has_three_months_from_its_first_to_its_last_day() {
        Quarter q = Quarter.parse("2024-Q1");
        assertThat(q.months()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(q.contains(YearMonth.of(2024, 4))).isFalse();
    }

    @Test
    void a_fifth_quarter_is_refused() {
        assertThatThrownBy(() -> Quarter.parse("2025-Q5")).hasMessageContaining("YYYY-Qn");
    }
}
