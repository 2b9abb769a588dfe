package kz.shanyraq.app.analytics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The published figures the calibration compares with: both releases, seed 000 and seed 001. */
class CalibrationTest {

    private static Calibration.Published of(String seed, String measure) {
        return Calibration.published().stream().filter(p -> p.seed().equals(seed) && p.measure().equals(measure))
                .findFirst().orElseThrow();
    }

    @Test
    void seed_001_gives_asp_on_1_june_2025_45_2_thousand_families_and_13_4_bn_since_january() {
        Calibration.Published asp = of("001", "targeted-social-assistance");
        assertThat(asp.recipients()).isEqualTo(45_200);
        assertThat(asp.unit()).isEqualTo("families");
        assertThat(asp.money()).as("13.4 bn ₸ over January–May, per month").isEqualTo(13_400_000_000L / 5);
        assertThat(asp.period()).isEqualTo("2025-06-01");
        assertThat(asp.averageOrDerived()).as("a sum since January and a count on a day are not one month's")
                .isNull();
    }

    @Test
    void seed_001_birth_allowance_in_may_2025_has_its_average_derived_from_money_and_recipients() {
        Calibration.Published birth = of("001", "birth-allowance");
        assertThat(birth.recipients()).isEqualTo(28_000);
        assertThat(birth.money()).isEqualTo(5_100_000_000L);
        assertThat(birth.derivedAverage()).isTrue();
        assertThat(birth.averageOrDerived()).isEqualTo(182_143L);
    }

    @Test
    void a_published_average_is_kept_as_published() {
        Calibration.Published maternity = of("001", "maternity-payment");
        assertThat(maternity.averageOrDerived()).isEqualTo(1_590_618L);
        assertThat(maternity.derivedAverage()).isFalse();
        assertThat(of("000", "childcare-payment").averageOrDerived()).isEqualTo(86_493L);
    }

    @Test
    void both_releases_are_read_and_each_measure_of_seed_001_is_also_one_of_seed_000() {
        List<Calibration.Published> all = Calibration.published();
        assertThat(all).extracting(Calibration.Published::seed).containsOnly("000", "001");
        assertThat(all.stream().filter(p -> p.seed().equals("001"))).hasSize(8);
        assertThat(all.stream().filter(p -> p.seed().equals("000"))).hasSize(10);
        assertThat(all).allMatch(p -> Figures.MEASURES.contains(p.measure()), "measures of the dashboard");
    }
}
