package kz.shanyraq.law.benefit.state;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static kz.shanyraq.law.family.FamilyFixtures.family;
import static kz.shanyraq.law.family.FamilyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

class SurvivorBenefitTest {

    private final SurvivorBenefit measure = new SurvivorBenefit();

    private static Law on(LocalDate day) {
        return ParameterBook.standard().on(day);
    }

    private Decision ask(LocalDate day, int dependants, Integer orphans) {
        Map<String, String> keys = new HashMap<>();
        keys.put("dependants", String.valueOf(dependants));
        if (orphans != null) {
            keys.put("orphans", String.valueOf(orphans));
        }
        return measure.calculate(Inputs.parse(measure.id(), measure.inputs(), keys), on(day), true);
    }

    private long amount(LocalDate day, int dependants) {
        Decision d = ask(day, dependants, null);
        assertThat(d).isInstanceOf(Entitlement.class);
        return ((Entitlement) d).amount();
    }

    @ParameterizedTest(name = "{0} dependants: {1} ₸")
    @CsvSource({"1, 34888", "2, 60445", "3, 75049", "4, 79512", "5, 82352", "6, 85597", "9, 85597"})
    void early_2023_under_law_126_multipliers_0_86_to_2_11_of_the_subsistence_minimum_40_567_s33(
            int dependants, long expected) {
        assertThat(amount(LocalDate.of(2023, 3, 1), dependants)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} dependants: {1} ₸")
    @CsvSource({"1, 46783", "2, 86447", "3, 114415", "4, 132213", "5, 139841", "6, 152553", "7, 152553"})
    void in_2026_multipliers_0_92_to_3_00_of_the_subsistence_minimum_50_851_s28_s32(int dependants, long expected) {
        assertThat(amount(LocalDate.of(2026, 3, 1), dependants)).isEqualTo(expected);
    }

    @Test
    void six_or_more_dependants_share_the_family_total_in_equal_parts() {
        Entitlement e = (Entitlement) ask(LocalDate.of(2026, 3, 1), 7, null);
        assertThat(e.amount()).isEqualTo(152_553);
        assertThat(e.explanation().steps()).anyMatch(s -> s.name().equals("share")
                && s.value().compareTo(new java.math.BigDecimal("21793.29")) == 0);
    }

    @Test
    void multipliers_before_2023_are_unknown_and_those_of_january_2023_are_known() {
        assertThat(ask(LocalDate.of(2022, 12, 31), 1, null)).isInstanceOf(Undetermined.class);
        assertThat(amount(LocalDate.of(2023, 1, 1), 1)).isEqualTo(34_888);
    }

    @Test
    void law_126_multipliers_end_30_june_2023_and_the_social_code_scale_starts_1_july_2023() {
        assertThat(amount(LocalDate.of(2023, 6, 30), 1)).isEqualTo(34_888);
        assertThat(amount(LocalDate.of(2023, 7, 1), 1)).isEqualTo(37_322); // 0.92 × 40 567 = 37 321.64
        assertThat(amount(LocalDate.of(2023, 12, 31), 2)).isEqualTo(68_964); // 1.70 × 40 567 = 68 963.9
    }

    @Test
    void the_current_multipliers_apply_from_2024_as_derived_from_seed_000_and_S32_and_are_certain_in_2026() {
        // Seed 000: the 2025 rise was only the ПМ growth (+6.5 %), so 2024 and 2025 share the 2026 multipliers.
        assertThat(amount(LocalDate.of(2024, 1, 1), 1)).isEqualTo(39_935); // 0.92 × 43 407 = 39 934.44
        assertThat(amount(LocalDate.of(2025, 12, 31), 2)).isEqualTo(78_588); // 1.70 × 46 228 = 78 587.6
        assertThat(amount(LocalDate.of(2026, 1, 1), 2)).isEqualTo(86_447); // 1.70 × 50 851 = 86 446.7
    }

    @Test
    void orphans_who_lost_both_parents_get_a_coefficient_each_1_54_in_2026_and_1_18_in_early_2023() {
        assertThat(((Entitlement) ask(LocalDate.of(2026, 3, 1), 2, 2)).amount())
                .isEqualTo(2 * 78_311); // 1.54 × 50 851 = 78 310.54
        assertThat(((Entitlement) ask(LocalDate.of(2023, 3, 1), 3, 3)).amount())
                .isEqualTo(3 * 47_870); // 1.18 × 40 567 = 47 869.06
    }

    @Test
    void orphans_with_other_dependants_are_undetermined_because_that_rule_is_unknown() {
        Decision d = ask(LocalDate.of(2026, 3, 1), 3, 2);
        assertThat(d).isInstanceOf(Undetermined.class);
        assertThat(((Undetermined) d).parameter()).isEqualTo("survivor-benefit.other-member-of-orphans-coefficient");
    }

    @Test
    void more_orphans_than_dependants_is_refused_naming_the_orphans() {
        assertThat(((Refusal) ask(LocalDate.of(2026, 3, 1), 2, 3)).condition()).isEqualTo("orphans");
    }

    @Nested
    class ForAFamily {

        private final LocalDate day = LocalDate.of(2026, 3, 1);

        @Test
        void a_widow_with_two_children_gets_the_family_total_for_the_resident_dependants() {
            Family f = family("F").with(
                    member("mother").born(1985, 1, 1).head(),
                    member("a").born(2012, 1, 1).childOf("mother"),
                    member("b").born(2015, 1, 1).childOf("mother"),
                    member("c").born(2016, 1, 1).childOf("mother").nonResident())
                    .breadwinnerDied(LocalDate.of(2025, 10, 1), false, "a", "b", "c").build();

            List<Decision> decisions = measure.evaluate(f, on(day), true);

            assertThat(decisions).hasSize(1);
            Entitlement e = (Entitlement) decisions.get(0);
            assertThat(e.beneficiary()).isEqualTo("F");
            assertThat(e.amount()).isEqualTo(86_447);
            assertThat(e.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        }

        @Test
        void children_who_lost_both_parents_are_paid_as_orphans() {
            Family f = family("F").with(
                    member("granny").born(1955, 1, 1).head().caresFor("a", "b"),
                    member("a").born(2012, 1, 1).relation(kz.shanyraq.law.family.Relation.GRANDCHILD),
                    member("b").born(2015, 1, 1).relation(kz.shanyraq.law.family.Relation.GRANDCHILD))
                    .breadwinnerDied(LocalDate.of(2025, 10, 1), true, "a", "b").build();

            assertThat(((Entitlement) measure.evaluate(f, on(day), true).get(0)).amount()).isEqualTo(2 * 78_311);
        }

        @Test
        void a_family_whose_only_dependant_lives_abroad_is_refused_naming_the_dependants() {
            Family f = family("F").with(member("son").born(2012, 1, 1).head().nonResident())
                    .breadwinnerDied(LocalDate.of(2025, 10, 1), false, "son").build();

            assertThat(((Refusal) measure.evaluate(f, on(day), true).get(0)).condition()).isEqualTo("dependants");
        }

        @Test
        void a_family_without_a_breadwinner_loss_gets_no_decision() {
            Family f = family("F").with(member("p").born(1980, 1, 1).head()).build();
            assertThat(measure.evaluate(f, on(day), true)).isEmpty();
        }
    }
}
