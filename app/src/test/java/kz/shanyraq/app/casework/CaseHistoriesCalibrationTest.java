package kz.shanyraq.app.casework;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's case histories aim at the published АСП recipients (seed 000/001, social-registry anchors), scaled. */
class CaseHistoriesCalibrationTest {

    @Test
    void families_in_force_follow_the_published_45_2k_on_1_june_2025_53k_on_1_november_2025_and_25_8k_on_1_february_2026() {
        assertThat(CaseHistories.target(YearMonth.of(2025, 1), 0.001)).isEqualTo(45);
        assertThat(CaseHistories.target(YearMonth.of(2025, 6), 0.001)).isEqualTo(45);
        assertThat(CaseHistories.target(YearMonth.of(2025, 11), 0.001)).isEqualTo(53);
        assertThat(CaseHistories.target(YearMonth.of(2026, 2), 0.001)).isEqualTo(26);
        assertThat(CaseHistories.target(YearMonth.of(2026, 12), 0.001)).isEqualTo(26);
        assertThat(CaseHistories.target(YearMonth.of(2025, 11), 1.0)).isEqualTo(53_000);
    }

    @Test
    void between_two_published_days_the_target_moves_in_a_straight_line() {
        assertThat(CaseHistories.target(YearMonth.of(2025, 8), 1.0)).isEqualTo(Math.round(45_200 + 2.0 / 5 * 7_800));
        assertThat(CaseHistories.target(YearMonth.of(2025, 12), 1.0)).isEqualTo(Math.round(53_000 - 1.0 / 3 * 27_200));
    }
}
