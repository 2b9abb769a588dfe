package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.measure.Calculation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.lawOn;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.monthly;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Average monthly income (ДСМ) of ГФСС payments, S35")
class AverageMonthlyIncomeTest {

    @Test
    void the_window_is_the_n_calendar_months_before_the_month_the_right_arises() {
        // Right arises 10.03.2025: the 24 months are 03.2023 – 02.2025; March 2025 itself and 02.2023 are outside.
        List<Contribution> record = new ArrayList<>(monthly("2023-03", 24, 100_000));
        record.add(new Contribution(YearMonth.parse("2025-03"), 9_000_000));
        record.add(new Contribution(YearMonth.parse("2023-02"), 9_000_000));

        assertThat(AverageMonthlyIncome.windowIncome(record, LocalDate.parse("2025-03-10"), 24)).isEqualTo(2_400_000);
        assertThat(AverageMonthlyIncome.of(record, LocalDate.parse("2025-03-10"), 24))
                .isEqualByComparingTo("100000");
    }

    @Test
    void months_without_contributions_stay_in_the_divisor() {
        // 20 months of 360 000 and a 4-month break: 7 200 000 ÷ 24 = 300 000, not 7 200 000 ÷ 20 = 360 000.
        List<Contribution> record = monthly("2023-03", 20, 360_000);

        assertThat(AverageMonthlyIncome.of(record, LocalDate.parse("2025-03-01"), 24)).isEqualByComparingTo("300000");
    }

    @Test
    void two_employers_in_one_month_add_up() {
        List<Contribution> record = List.of(new Contribution(YearMonth.parse("2024-12"), 200_000),
                new Contribution(YearMonth.parse("2024-12"), 100_000));

        assertThat(AverageMonthlyIncome.of(record, LocalDate.parse("2025-01-15"), 12)).isEqualByComparingTo("25000");
    }

    @Test
    void a_12_month_average_keeps_its_fraction_until_the_payment_is_rounded() {
        List<Contribution> record = monthly("2024-01", 1, 100_000);

        assertThat(AverageMonthlyIncome.of(record, LocalDate.parse("2025-01-01"), 12))
                .isEqualByComparingTo("8333.3333333333");
    }

    @Test
    void the_cap_is_7_minimum_wages_of_the_day_the_right_arises_595_000_in_2025() {
        Calculation c = Calculation.start(new MaternityPayment(), "x", lawOn("2025-05-01"), true);

        assertThat(AverageMonthlyIncome.capped(c, new BigDecimal("800000"), LocalDate.parse("2025-05-01"),
                "maternity-payment.income-cap-mzp")).isEqualByComparingTo("595000");
        assertThat(AverageMonthlyIncome.capped(c, new BigDecimal("300000"), LocalDate.parse("2025-05-01"),
                "maternity-payment.income-cap-mzp")).isEqualByComparingTo("300000");
    }

    @Test
    void the_cap_in_2022_was_420_000_at_a_minimum_wage_of_60_000() {
        Calculation c = Calculation.start(new JobLossPayment(), "x", lawOn("2022-12-31"), false);

        assertThat(AverageMonthlyIncome.capped(c, new BigDecimal("800000"), LocalDate.parse("2022-12-31"),
                "job-loss-payment.income-cap-mzp")).isEqualByComparingTo("420000");
    }
}
