package kz.shanyraq.law.benefit.resettlement;

import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.amount;
import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.kandasFamily;
import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.lawOn;
import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.tenge;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Rent and utilities subsidy: 15–30 МРП a month for 12 months as set locally (seed 001, S47)")
class RentSubsidyTest {

    private final RentSubsidy measure = new RentSubsidy();

    @ParameterizedTest(name = "{0}: {1} МРП = {2} ₸ a month")
    @CsvSource({"2025-06-01, 15, 58980", "2025-06-01, 30, 117960", "2026-03-01, 15, 64875", "2026-03-01, 30, 129750"})
    void the_published_ends_of_the_range(String day, int rate, long published) {
        assertThat(tenge(amount(measure, day, "rate-mrp=" + rate))).isEqualTo(published);
    }

    @Test
    void a_rate_outside_15_to_30_mrp_is_refused_by_the_law_of_the_day() {
        assertThat(amount(measure, "2025-06-01", "rate-mrp=14")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.condition()).isEqualTo("rate-range"));
        assertThat(amount(measure, "2025-06-01", "rate-mrp=31")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.condition()).isEqualTo("rate-range"));
    }

    @Test
    void a_direct_calculation_covers_the_12_months_from_the_day() {
        assertThat(amount(measure, "2025-06-01", "rate-mrp=20")).isInstanceOfSatisfying(Entitlement.class, e -> {
            assertThat(e.from()).isEqualTo(LocalDate.parse("2025-06-01"));
            assertThat(e.to()).isEqualTo(LocalDate.parse("2026-05-31"));
        });
    }

    @Test
    void the_15_to_30_mrp_range_is_reported_for_2023_and_2025_and_2022_is_not_known() {
        assertThat(amount(measure, "2022-12-31", "rate-mrp=20")).isInstanceOfSatisfying(Undetermined.class,
                u -> assertThat(u.parameter()).isEqualTo("rent-subsidy.rate-by-family-size"));
        assertThat(tenge(amount(measure, "2023-01-01", "rate-mrp=20"))).isEqualTo(69_000); // 20 × 3 450
        assertThat(tenge(amount(measure, "2024-12-31", "rate-mrp=20"))).isEqualTo(73_840);
        assertThat(tenge(amount(measure, "2025-01-01", "rate-mrp=20"))).isEqualTo(78_640);
    }

    @ParameterizedTest(name = "{0}, {1}, {2} people: {3} МРП = {4} ₸")
    @CsvSource({"2018-06-01, urban, 1, 20, 48100", "2018-06-01, urban, 3, 25, 60125", "2018-06-01, urban, 5, 30, 72150",
            "2018-06-01, rural, 1, 15, 36075", "2018-06-01, rural, 4, 18, 43290", "2018-06-01, rural, 7, 21, 50505",
            "2021-12-31, urban, 2, 25, 72925"})
    void in_2017_to_2021_the_rate_is_fixed_by_locality_and_family_size_urban_20_25_30_rural_15_18_21_seed_003(
            String day, String locality, int people, int mrps, long expected) {
        assertThat(tenge(amount(measure, day, "family-size=" + people, "locality=" + locality))).isEqualTo(expected);
    }

    @Test
    void a_family_of_four_settled_in_a_town_in_2019_gets_25_mrp_without_a_local_rate_recorded() {
        // 25 × 2 525 = 63 125 in 2019; the schedule, not a local rate, sets the amount
        assertThat(measure.evaluate(kandasFamily(4, true, "2019-03-01", null), lawOn("2019-06-01"), true))
                .singleElement().isInstanceOfSatisfying(Entitlement.class, e -> {
                    assertThat(e.amount()).isEqualTo(63_125);
                    assertThat(e.to()).isEqualTo(LocalDate.parse("2020-02-29"));
                });
    }

    @Test
    void a_family_settled_in_march_2025_at_20_mrp_gets_78_640_then_86_500_with_the_2026_mrp_until_february_2026() {
        // 20 × 3 932 = 78 640 in 2025; 20 × 4 325 = 86 500 in 2026; 12 months: 01.03.2025 – 28.02.2026
        assertThat(measure.evaluate(kandasFamily(4, true, "2025-03-01", 20), lawOn("2025-06-01"), false))
                .singleElement().isInstanceOfSatisfying(Entitlement.class, e -> {
                    assertThat(e.amount()).isEqualTo(78_640);
                    assertThat(e.to()).isEqualTo(LocalDate.parse("2026-02-28"));
                });
        assertThat(measure.evaluate(kandasFamily(4, true, "2025-03-01", 20), lawOn("2026-02-28"), false))
                .singleElement().isInstanceOfSatisfying(Entitlement.class, e -> assertThat(e.amount()).isEqualTo(86_500));
        assertThat(measure.evaluate(kandasFamily(4, true, "2025-03-01", 20), lawOn("2026-03-01"), false))
                .singleElement().isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("in-period"));
    }

    @Test
    void a_family_whose_local_rate_is_not_set_is_undetermined_naming_the_missing_rate() {
        assertThat(measure.evaluate(kandasFamily(4, true, "2025-03-01", null), lawOn("2025-06-01"), true))
                .singleElement().isInstanceOfSatisfying(Undetermined.class, u -> {
                    assertThat(u.parameter()).isEqualTo("resettlement.rent-subsidy-rate-mrp");
                    assertThat(u.reason().en()).contains("local executive body");
                    assertThat(u.explanation()).isNotNull();
                });
    }

    @Test
    void a_local_rate_above_30_mrp_in_the_family_record_is_refused() {
        assertThat(measure.evaluate(kandasFamily(4, true, "2025-03-01", 35), lawOn("2025-06-01"), false))
                .singleElement().isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("rate-range"));
    }
}
