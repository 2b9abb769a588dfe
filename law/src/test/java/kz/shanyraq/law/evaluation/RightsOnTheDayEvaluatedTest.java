package kz.shanyraq.law.evaluation;

import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static kz.shanyraq.law.evaluation.FamilyEvaluatorTest.evaluate;
import static kz.shanyraq.law.evaluation.FamilyEvaluatorTest.family;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two wrong payouts of issue 15, as rules: one insured-carer rule for both child-care measures; a right that
 * arises after the day evaluated is not a right on that day; days before the law's history are undetermined.
 */
class RightsOnTheDayEvaluatedTest {

    private static List<Decision> decisions(FamilyEvaluation e, String measure, String beneficiary) {
        return e.decisions().stream().filter(d -> d.measure().equals(measure) && d.beneficiary().equals(beneficiary))
                .toList();
    }

    @Nested
    @DisplayName("Law No. 63 / Social Code: the budget child-care allowance is for carers outside social insurance, the ГФСС payment for participants")
    class OneInsuredCarerRule {

        @ParameterizedTest(name = "on {0}")
        @ValueSource(strings = {"2025-10-15", "2025-11-01", "2026-06-01"})
        void the_example_familys_newborn_c3_gets_the_gfss_payment_and_not_also_the_budget_allowance(String day)
                throws IOException {
            FamilyEvaluation e = evaluate(family("example-family.json"), LocalDate.parse(day), true);

            assertThat(decisions(e, "childcare-payment", "c3")).singleElement().isInstanceOf(Entitlement.class);
            assertThat(decisions(e, "childcare-allowance", "c3")).singleElement()
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("not-insured"));
        }

        @Test
        void the_mother_on_maternity_leave_covering_the_birth_is_insured_by_the_contribution_before_her_leave()
                throws IOException {
            // m2: contributions to 05.2025, leave from 11.06.2025, c3 born 20.08.2025: insured by May 2025.
            FamilyEvaluation e = evaluate(family("example-family.json"), LocalDate.of(2025, 11, 1), true);

            Entitlement paid = (Entitlement) decisions(e, "childcare-payment", "c3").get(0);
            assertThat(paid.explanation().conditions()).anyMatch(c -> c.code().equals("insured-carer")
                    && c.satisfied() && c.actual().startsWith("m2"));
            Refusal budget = (Refusal) decisions(e, "childcare-allowance", "c3").get(0);
            assertThat(budget.explanation().conditions()).anyMatch(c -> c.code().equals("not-insured")
                    && !c.satisfied());
        }

        @Test
        void the_family_total_counts_the_child_care_of_c3_once_93_333_not_plus_30_866() throws IOException {
            FamilyEvaluation e = evaluate(family("example-family.json"), LocalDate.of(2025, 11, 1), false);

            long childCare = e.entitlements().stream().filter(x -> x.beneficiary().equals("c3")
                    && x.measure().startsWith("childcare")).mapToLong(Entitlement::amount).sum();
            assertThat(childCare).isEqualTo(93_333);
        }
    }

    @Nested
    @DisplayName("A right that arises after the day evaluated is not a right on that day")
    class RightArisenByTheDay {

        @Test
        void a_maternity_leave_starting_11_june_2025_gives_no_payment_on_10_june_and_the_payment_on_11_june()
                throws IOException {
            FamilyEvaluation before = evaluate(family("example-family.json"), LocalDate.of(2025, 6, 10), true);
            FamilyEvaluation on = evaluate(family("example-family.json"), LocalDate.of(2025, 6, 11), false);

            assertThat(decisions(before, "maternity-payment", "m2")).singleElement()
                    .isInstanceOfSatisfying(Refusal.class, r -> {
                        assertThat(r.condition()).isEqualTo("right-arisen");
                        assertThat(r.reason().en()).contains("11.06.2025");
                    });
            assertThat(decisions(on, "maternity-payment", "m2")).singleElement().isInstanceOf(Entitlement.class);
        }

        @Test
        void the_gfss_child_care_right_arising_after_the_leave_ends_15_october_2025_is_not_a_right_on_14_october()
                throws IOException {
            FamilyEvaluation before = evaluate(family("example-family.json"), LocalDate.of(2025, 10, 14), false);

            assertThat(decisions(before, "childcare-payment", "c3")).singleElement()
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("right-arisen"));
        }
    }

    @Nested
    @DisplayName("Before the law's history as we hold it (01.01.2017) every result is undetermined")
    class BeforeTheLawsHistory {

        @Test
        void on_1_january_2016_the_example_family_gets_no_amount_and_every_decision_is_undetermined()
                throws IOException {
            FamilyEvaluation e = evaluate(family("example-family.json"), LocalDate.of(2016, 1, 1), true);

            assertThat(e.entitlements()).isEmpty();
            assertThat(e.refusals()).isEmpty();
            assertThat(e.undetermined()).isNotEmpty().allSatisfy(u ->
                    assertThat(u.reason().en()).contains("2017-01-01"));
        }

        @Test
        void on_31_december_2016_undetermined_and_on_1_january_2017_determined() throws IOException {
            FamilyEvaluation before = evaluate(family("example-family.json"), LocalDate.of(2016, 12, 31), false);
            FamilyEvaluation first = evaluate(family("example-family.json"), LocalDate.of(2017, 1, 1), false);

            assertThat(before.decisions()).allMatch(d -> d instanceof Undetermined);
            assertThat(first.decisions()).anyMatch(d -> !(d instanceof Undetermined));
        }
    }
}
