package kz.shanyraq.law.benefit.resettlement;

import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.amount;
import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.kandasFamily;
import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.lawOn;
import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.movedWithinRegion;
import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.tenge;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Relocation subsidy to kandas and resettlers: 70 МРП on the head and each member (seed 001, S47)")
class RelocationSubsidyTest {

    private final RelocationSubsidy measure = new RelocationSubsidy();

    @Test
    void in_2025_it_is_275_240_per_person_as_published_by_the_ministry_seed_001() {
        assertThat(tenge(amount(measure, "2025-06-01", "members=1"))).isEqualTo(275_240);
    }

    @Test
    void a_family_of_four_in_2025_gets_four_times_275_240() {
        assertThat(tenge(amount(measure, "2025-06-01", "members=4"))).isEqualTo(1_100_960);
    }

    @Test
    void in_2026_it_is_302_750_per_person_S47() {
        assertThat(tenge(amount(measure, "2026-03-01", "members=1"))).isEqualTo(302_750);
    }

    @Test
    void the_switch_from_35_to_70_mrp_in_2021_or_2022_is_not_known_and_70_mrp_is_reported_by_january_2023() {
        assertThat(tenge(amount(measure, "2020-12-31", "members=1"))).isEqualTo(97_230); // 35 × 2 778
        assertThat(amount(measure, "2021-01-01", "members=1")).isInstanceOfSatisfying(Undetermined.class,
                u -> assertThat(u.parameter()).isEqualTo("relocation-subsidy.coefficient"));
        assertThat(amount(measure, "2022-12-31", "members=1")).isInstanceOf(Undetermined.class);
        assertThat(tenge(amount(measure, "2023-01-01", "members=1"))).isEqualTo(241_500); // 70 × 3 450
        assertThat(tenge(amount(measure, "2025-01-01", "members=1"))).isEqualTo(275_240);
    }

    @Test
    void in_2018_the_program_2017_2021_gave_35_mrp_to_a_region_of_settlement_and_25_within_an_oblast_seed_003() {
        // 35 × 2 405 × 3 = 252 525; 25 × 2 405 = 60 125
        assertThat(tenge(amount(measure, "2018-06-01", "members=3"))).isEqualTo(252_525);
        assertThat(tenge(amount(measure, "2018-06-01", "members=1", "move=within-region"))).isEqualTo(60_125);
    }

    @Test
    void a_move_within_one_oblast_is_undetermined_under_the_2025_scheme() {
        assertThat(amount(measure, "2025-06-01", "members=1", "move=within-region")).isInstanceOf(Undetermined.class);
    }

    @Test
    void a_kandas_family_of_three_settled_in_may_2025_gets_825_720_on_the_day_it_settled() {
        assertThat(measure.evaluate(kandasFamily(3, true, "2025-05-20", 20), lawOn("2026-02-01"), false))
                .singleElement().isInstanceOfSatisfying(Entitlement.class, e -> {
                    assertThat(e.amount()).isEqualTo(825_720);
                    assertThat(e.from()).isEqualTo(LocalDate.parse("2025-05-20"));
                    assertThat(e.beneficiary()).isEqualTo("family-1");
                });
    }

    @Test
    void a_family_outside_the_regional_quota_is_refused() {
        assertThat(measure.evaluate(kandasFamily(3, false, "2025-05-20", 20), lawOn("2025-06-01"), false))
                .singleElement().isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.condition()).isEqualTo("regional-quota"));
    }

    @Test
    void a_family_that_has_not_settled_yet_is_refused() {
        assertThat(measure.evaluate(kandasFamily(3, true, null, null), lawOn("2025-06-01"), false))
                .singleElement().isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("settled"));
    }

    @Test
    void a_family_moving_within_its_own_region_is_the_within_region_case() {
        assertThat(measure.evaluate(movedWithinRegion(2, "2025-05-20"), lawOn("2025-06-01"), false))
                .singleElement().isInstanceOf(Undetermined.class);
    }
}
