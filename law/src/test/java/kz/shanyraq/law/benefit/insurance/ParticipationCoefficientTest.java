package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.lawOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Participation-length coefficient КСУ, gfss.kz table (S35) and Rules No. 237 p. 37 (S40)")
class ParticipationCoefficientTest {

    @ParameterizedTest(name = "{0} months of participation give КСУ {1}")
    @CsvSource({"0, 0.1", "5, 0.1", "6, 0.7", "11, 0.7", "12, 0.75", "23, 0.75", "24, 0.85", "35, 0.85",
            "36, 0.9", "40, 0.9", "47, 0.9", "48, 0.95", "59, 0.95", "60, 1.0", "71, 1.0", "72, 1.02", "83, 1.02",
            "84, 1.04", "239, 1.28", "240, 1.3", "600, 1.3"})
    void the_2025_table_by_months_of_participation(int months, String ksu) {
        assertThat(ParticipationCoefficient.of(lawOn("2025-05-01"), months)).isEqualByComparingTo(ksu);
    }

    @Test
    void from_72_months_the_bands_follow_one_plus_0_02_for_each_full_12_months_over_60_capped_at_1_3() {
        Law law = lawOn("2025-05-01");
        for (int months = 60; months <= 700; months++) {
            BigDecimal rule = new BigDecimal("1.0").add(new BigDecimal("0.02")
                    .multiply(BigDecimal.valueOf((months - 60) / 12))).min(new BigDecimal("1.3"));
            assertThat(ParticipationCoefficient.of(law, months)).as("%d months", months).isEqualByComparingTo(rule);
        }
    }

    @Test
    void before_2022_the_table_is_not_known_to_us() {
        assertThatThrownBy(() -> ParticipationCoefficient.of(lawOn("2021-12-31"), 40))
                .isInstanceOf(ParameterUnknownException.class)
                .hasMessageContaining("social-insurance.participation-coefficient");
        assertThat(ParticipationCoefficient.of(lawOn("2022-01-01"), 40)).isEqualByComparingTo("0.9");
    }

    @Test
    void the_2022_to_2024_table_is_recorded_as_assumed_and_2025_as_published() {
        assertThat(lawOn("2024-12-31").version(ParticipationCoefficient.PARAMETER).status().code()).isEqualTo("unverified");
        assertThat(lawOn("2025-01-01").version(ParticipationCoefficient.PARAMETER).status().code()).isEqualTo("official");
    }
}
