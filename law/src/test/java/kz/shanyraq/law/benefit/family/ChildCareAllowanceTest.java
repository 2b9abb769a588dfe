package kz.shanyraq.law.benefit.family;

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

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static kz.shanyraq.law.family.FamilyFixtures.family;
import static kz.shanyraq.law.family.FamilyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

class ChildCareAllowanceTest {

    private final ChildCareAllowance measure = new ChildCareAllowance();

    private static Law on(LocalDate day) {
        return ParameterBook.standard().on(day);
    }

    private Decision ask(LocalDate day, int order) {
        Inputs inputs = Inputs.parse(measure.id(), measure.inputs(), Map.of("child-order", String.valueOf(order)));
        return measure.calculate(inputs, on(day), true);
    }

    private long amount(LocalDate day, int order) {
        Decision d = ask(day, order);
        assertThat(d).isInstanceOf(Entitlement.class);
        return ((Entitlement) d).amount();
    }

    @Test
    void is_a_monthly_payment_from_the_republican_budget() {
        assertThat(measure.id()).isEqualTo("childcare-allowance");
        assertThat(measure.financing()).isEqualTo(Financing.REPUBLICAN_BUDGET);
        assertThat(measure.payment()).isEqualTo(Payment.MONTHLY);
    }

    @ParameterizedTest(name = "child {0}: {1} ₸")
    @CsvSource({"1, 22648", "2, 26777", "3, 30866", "4, 34995", "6, 34995"})
    void amounts_2025_are_22_648_26_777_30_866_34_995_as_published_seed_001(int order, long expected) {
        assertThat(amount(LocalDate.of(2025, 6, 1), order)).isEqualTo(expected);
    }

    @Test
    void rounds_half_up_not_up_first_child_2025_is_5_76_times_3_932_equal_22_648_32_to_22_648() {
        Entitlement e = (Entitlement) ask(LocalDate.of(2025, 6, 1), 1);
        assertThat(e.explanation().rounding().rule()).isEqualTo("half-up");
        assertThat(e.explanation().rounding().before()).isEqualByComparingTo("22648.32");
        assertThat(e.amount()).isEqualTo(22_648);
    }

    @Test
    void follows_the_benefit_mrp_change_of_1_april_2022_3_063_to_3_180() {
        assertThat(amount(LocalDate.of(2022, 3, 31), 1)).isEqualTo(17_643); // 5.76 × 3 063 = 17 642.88
        assertThat(amount(LocalDate.of(2022, 4, 1), 1)).isEqualTo(18_317); // 5.76 × 3 180 = 18 316.8
    }

    @Test
    void follows_the_mrp_change_of_1_january_2025_3_692_to_3_932() {
        assertThat(amount(LocalDate.of(2024, 12, 31), 2)).isEqualTo(25_143); // 6.81 × 3 692 = 25 142.52
        assertThat(amount(LocalDate.of(2025, 1, 1), 2)).isEqualTo(26_777);
    }

    @Test
    void the_2018_scale_of_enbek_gov_kz_5_76_to_8_90_mrp_holds_from_2017_rounded_up_until_2024() {
        assertThat(amount(LocalDate.of(2017, 1, 1), 1)).isEqualTo(13_070); // 5.76 × 2 269 = 13 069.44 → up
        assertThat(amount(LocalDate.of(2021, 12, 31), 1)).isEqualTo(16_802); // 5.76 × 2 917 = 16 801.92
        assertThat(amount(LocalDate.of(2022, 1, 1), 1)).isEqualTo(17_643);
        assertThat(ask(LocalDate.of(2018, 6, 1), 3).explanation().parameters())
                .anyMatch(p -> p.name().equals("childcare-allowance.coefficient") && p.confidence().equals("primary"));
        assertThat(ask(LocalDate.of(2019, 6, 1), 3).explanation().parameters())
                .anyMatch(p -> p.name().equals("childcare-allowance.coefficient") && p.confidence().equals("derived")
                        && p.derivedFrom().contains("2 525"));
    }

    @Test
    void the_explanation_cites_the_social_code_from_1_july_2023_and_law_63_before() {
        assertThat(ask(LocalDate.of(2023, 6, 30), 1).explanation().norm()).contains("№ 63");
        assertThat(ask(LocalDate.of(2023, 7, 1), 1).explanation().norm()).contains("Социальный кодекс");
    }

    @Nested
    class ForAFamily {

        private final LocalDate june2025 = LocalDate.of(2025, 6, 15);

        private List<Decision> evaluate(Family f, LocalDate day) {
            return measure.evaluate(f, on(day), true);
        }

        @Test
        void an_uninsured_mother_gets_it_for_her_second_child_from_birth_to_the_day_before_1_5_years() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head(),
                    member("baby").born(2025, 1, 10).childOf("mother").order(2)).build();

            List<Decision> decisions = evaluate(f, june2025);

            assertThat(decisions).hasSize(1);
            Entitlement e = (Entitlement) decisions.get(0);
            assertThat(e.beneficiary()).isEqualTo("baby");
            assertThat(e.amount()).isEqualTo(26_777);
            assertThat(e.from()).isEqualTo(LocalDate.of(2025, 1, 10));
            assertThat(e.to()).isEqualTo(LocalDate.of(2026, 7, 9));
        }

        @Test
        void insurance_is_judged_when_the_right_arose_so_a_mother_who_starts_contributing_after_birth_keeps_it() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head().contributedIn(YearMonth.of(2025, 6)),
                    member("baby").born(2025, 1, 10).childOf("mother").order(1)).build();

            assertThat(evaluate(f, june2025).get(0)).isInstanceOf(Entitlement.class);
        }

        @Test
        void a_mother_insured_in_the_month_of_birth_is_refused_because_the_gfss_pays_instead() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head().contributedIn(YearMonth.of(2025, 1)),
                    member("baby").born(2025, 1, 10).childOf("mother").order(1)).build();

            Refusal r = (Refusal) evaluate(f, june2025).get(0);

            assertThat(r.condition()).isEqualTo("not-insured");
            assertThat(r.reason().ru()).contains("ГФСС");
        }

        @Test
        void a_mother_insured_in_the_month_before_birth_is_refused_even_with_no_contributions_on_leave() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head().contributedIn(YearMonth.of(2024, 12)),
                    member("baby").born(2025, 1, 10).childOf("mother").order(1)).build();

            assertThat(((Refusal) evaluate(f, june2025).get(0)).condition()).isEqualTo("not-insured");
        }

        @Test
        void contributions_long_before_birth_and_not_now_do_not_make_the_carer_insured() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head().contributedIn(YearMonth.of(2024, 6)),
                    member("baby").born(2025, 1, 10).childOf("mother").order(1)).build();

            assertThat(evaluate(f, june2025).get(0)).isInstanceOf(Entitlement.class);
        }

        @Test
        void a_grandmother_who_declares_care_is_the_carer_when_the_mother_works() {
            Family f = family("F").with(
                    member("granny").born(1965, 3, 1).head().caresFor("baby"),
                    member("mother").born(1992, 3, 1).spouse().contributedIn(YearMonth.of(2025, 6)),
                    member("baby").born(2025, 1, 10).childOf("mother").order(3)).build();

            Entitlement e = (Entitlement) evaluate(f, june2025).get(0);
            assertThat(e.amount()).isEqualTo(30_866);
            assertThat(e.explanation().conditions()).anyMatch(c -> c.code().equals("carer")
                    && c.actual().equals("granny"));
        }

        @Test
        void a_child_with_no_mother_or_carer_in_the_family_is_refused_naming_the_carer() {
            Family f = family("F").with(
                    member("father").born(1990, 1, 1).male().head(),
                    member("baby").born(2025, 1, 10).order(1)).build();

            assertThat(((Refusal) evaluate(f, june2025).get(0)).condition()).isEqualTo("carer");
        }

        @Test
        void a_child_not_permanently_resident_is_refused() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head(),
                    member("baby").born(2025, 1, 10).childOf("mother").order(1).nonResident()).build();

            assertThat(((Refusal) evaluate(f, june2025).get(0)).condition()).isEqualTo("resident");
        }

        @Test
        void a_child_with_unknown_birth_order_is_refused_naming_the_order() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head(),
                    member("baby").born(2025, 1, 10).childOf("mother")).build();

            assertThat(((Refusal) evaluate(f, june2025).get(0)).condition()).isEqualTo("child-order");
        }

        @Test
        void twins_give_one_allowance_per_child_and_older_children_none() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head(),
                    member("older").born(2020, 2, 2).childOf("mother").order(1),
                    member("twin-a").born(2025, 1, 10).childOf("mother").order(2),
                    member("twin-b").born(2025, 1, 10).childOf("mother").order(3)).build();

            assertThat(evaluate(f, june2025)).extracting(Decision::beneficiary).containsExactly("twin-a", "twin-b");
        }

        @Test
        void the_care_period_was_one_year_until_31_december_2022_and_1_5_years_from_1_january_2023() {
            Family f = family("F").with(
                    member("mother").born(1992, 3, 1).head(),
                    member("baby").born(2021, 12, 15).childOf("mother").order(1)).build();

            assertThat(evaluate(f, LocalDate.of(2022, 12, 31))).isEmpty();
            Entitlement e = (Entitlement) evaluate(f, LocalDate.of(2023, 1, 1)).get(0);
            assertThat(e.amount()).isEqualTo(19_872); // 5.76 × 3 450
            assertThat(e.to()).isEqualTo(LocalDate.of(2023, 6, 14));
        }
    }
}
