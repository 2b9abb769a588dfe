package kz.shanyraq.law.benefit.state;

import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static kz.shanyraq.law.family.FamilyFixtures.family;
import static kz.shanyraq.law.family.FamilyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

class DisabilityBenefitTest {

    private final DisabilityBenefit measure = new DisabilityBenefit();
    private final LocalDate day2025 = LocalDate.of(2025, 6, 1);

    private static Law on(LocalDate day) {
        return ParameterBook.standard().on(day);
    }

    /** Keys as on the command line, e.g. ask(day, "group=2", "cause=general-illness", "age=40"). */
    private Decision ask(LocalDate day, String... keyValues) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String kv : keyValues) {
            keys.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        return measure.calculate(Inputs.parse(measure.id(), measure.inputs(), keys), on(day), true);
    }

    private long amount(LocalDate day, String... keyValues) {
        Decision d = ask(day, keyValues);
        assertThat(d).isInstanceOf(Entitlement.class);
        return ((Entitlement) d).amount();
    }

    @Test
    void is_a_monthly_republican_budget_benefit() {
        assertThat(measure.financing()).isEqualTo(Financing.REPUBLICAN_BUDGET);
        assertThat(measure.payment()).isEqualTo(Payment.MONTHLY);
    }

    @ParameterizedTest(name = "group {0}: {1} ₸")
    @CsvSource({"1, 101702", "2, 81362", "3, 55474"})
    void general_illness_2025_is_101_702_81_362_55_474_as_published_seed_000(int group, long expected) {
        assertThat(amount(day2025, "group=" + group, "cause=general-illness", "age=45")).isEqualTo(expected);
    }

    @Test
    void rounds_up_group_2_general_illness_2025_is_1_76_times_46_228_equal_81_361_28_to_81_362() {
        Entitlement e = (Entitlement) ask(day2025, "group=2", "cause=general-illness", "age=45");
        assertThat(e.explanation().rounding().rule()).isEqualTo("up");
        assertThat(e.explanation().rounding().before()).isEqualByComparingTo("81361.28");
    }

    @Test
    void in_force_from_1_july_2023_under_the_social_code_and_1_53_pm_under_law_126_the_day_before() {
        Entitlement before = (Entitlement) ask(LocalDate.of(2023, 6, 30), "group=2", "cause=general-illness", "age=45");
        assertThat(before.amount()).isEqualTo(62_068); // 1.53 × 40 567 = 62 067.51, derived from the 2023 amounts
        assertThat(before.explanation().norm()).contains("№ 126");
        Entitlement from = (Entitlement) ask(LocalDate.of(2023, 7, 1), "group=2", "cause=general-illness", "age=45");
        assertThat(from.amount()).isEqualTo(71_398); // 1.76 × 40 567 = 71 397.92
        assertThat(from.explanation().norm()).contains("Социальный кодекс").contains("ст. 177");
    }

    @Test
    void follows_the_subsistence_minimum_change_of_1_january_2025_43_407_to_46_228() {
        assertThat(amount(LocalDate.of(2024, 12, 31), "group=3", "cause=general-illness", "age=45"))
                .isEqualTo(52_089); // 1.20 × 43 407 = 52 088.4
        assertThat(amount(LocalDate.of(2025, 1, 1), "group=3", "cause=general-illness", "age=45")).isEqualTo(55_474);
    }

    @Test
    void a_child_under_7_gets_1_61_subsistence_minima_without_a_group() {
        assertThat(amount(day2025, "cause=childhood", "age=5")).isEqualTo(74_428); // 1.61 × 46 228 = 74 427.08
    }

    @Test
    void a_group_given_for_a_child_under_7_is_not_used_and_the_explanation_says_so() {
        Entitlement e = (Entitlement) ask(day2025, "group=1", "cause=childhood", "age=6");
        assertThat(e.amount()).isEqualTo(74_428);
        assertThat(e.explanation().conditions()).anyMatch(c -> c.code().equals("category")
                && c.actual().contains("not used"));
    }

    @ParameterizedTest(name = "age {0}")
    @ValueSource(ints = {7, 12, 17})
    void children_from_7_to_18_are_paid_on_the_childhood_table_whatever_the_cause(int age) {
        assertThat(amount(day2025, "group=2", "cause=general-illness", "age=" + age))
                .isEqualTo(84_598); // 1.83 × 46 228 = 84 597.24
    }

    @Test
    void adults_disabled_since_childhood_are_paid_on_the_childhood_table() {
        assertThat(amount(day2025, "group=1", "cause=childhood", "age=30")).isEqualTo(101_702);
        assertThat(amount(day2025, "group=3", "cause=childhood", "age=30")).isEqualTo(74_428);
    }

    @Test
    void from_age_7_a_missing_group_is_a_refusal_naming_the_group() {
        Decision d = ask(day2025, "cause=general-illness", "age=7");
        assertThat(((Refusal) d).condition()).isEqualTo("group");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"work-injury", "occupational-disease", "other"})
    void other_causes_have_unknown_multipliers_so_the_amount_is_undetermined(String cause) {
        Decision d = ask(day2025, "group=2", "cause=" + cause, "age=45");
        assertThat(d).isInstanceOf(Undetermined.class);
        assertThat(((Undetermined) d).parameter()).isEqualTo("disability-benefit.coefficient");
    }

    @Nested
    class ForAFamily {

        @Test
        void each_member_with_a_disability_in_force_gets_a_decision_and_a_non_resident_is_refused() {
            Family f = family("F").with(
                    member("father").born(1975, 1, 1).male().head()
                            .disabled(2, DisabilityCause.GENERAL_ILLNESS, LocalDate.of(2020, 1, 1)),
                    member("mother").born(1980, 1, 1).spouse(),
                    member("son").born(2021, 1, 1).childOf("mother")
                            .disabled(null, DisabilityCause.CHILDHOOD, LocalDate.of(2022, 1, 1)),
                    member("grandpa").born(1950, 1, 1).nonResident()
                            .disabled(1, DisabilityCause.GENERAL_ILLNESS, LocalDate.of(2010, 1, 1)))
                    .build();

            List<Decision> decisions = measure.evaluate(f, on(day2025), true);

            assertThat(decisions).extracting(Decision::beneficiary).containsExactly("father", "son", "grandpa");
            assertThat(((Entitlement) decisions.get(0)).amount()).isEqualTo(81_362);
            assertThat(((Entitlement) decisions.get(1)).amount()).isEqualTo(74_428);
            assertThat(((Refusal) decisions.get(2)).condition()).isEqualTo("resident");
        }

        @Test
        void a_disability_that_ended_before_the_day_is_refused_naming_the_disability() {
            Family f = family("F").with(member("p").born(1975, 1, 1).head()
                    .disabled(3, DisabilityCause.GENERAL_ILLNESS, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)))
                    .build();

            assertThat(((Refusal) measure.evaluate(f, on(day2025), true).get(0)).condition())
                    .isEqualTo("disability");
        }

        @Test
        void a_work_injury_is_undetermined_for_a_family_member_too() {
            Family f = family("F").with(member("p").born(1975, 1, 1).head()
                    .disabled(2, DisabilityCause.WORK_INJURY, LocalDate.of(2020, 1, 1))).build();

            assertThat(measure.evaluate(f, on(day2025), true).get(0)).isInstanceOf(Undetermined.class);
        }
    }
}
