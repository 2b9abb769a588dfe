package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.adult;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.amount;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.child;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.family;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.insured;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.lawOn;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.monthly;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.tenge;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.withInsurance;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.withMaternity;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ГФСС child-care payment to 1.5: 40 % × ДСМ(24), not below the budget allowance, at most 40 % × 7 МЗП (S41)")
class ChildcarePaymentTest {

    private final ChildcarePayment measure = new ChildcarePayment();

    @Test
    void dsm_300_000_gives_40_percent_120_000() {
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=300000", "child-order=1"))).isEqualTo(120_000);
    }

    @ParameterizedTest(name = "2025, ДСМ 50 000, child {0}: the minimum is the published allowance {1}")
    @CsvSource({"1, 22648", "2, 26777", "3, 30866", "4, 34995", "7, 34995"})
    void a_low_income_is_raised_to_the_budget_child_care_allowance_published_for_2025(int order, long published) {
        // 40 % × 50 000 = 20 000 is below 5.76 / 6.81 / 7.85 / 8.90 МРП × 3 932 (seed 001, S45)
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=50000", "child-order=" + order)))
                .isEqualTo(published);
    }

    @Test
    void dsm_800_000_is_capped_at_40_percent_of_7_minimum_wages_238_000() {
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=800000", "child-order=1"))).isEqualTo(238_000);
    }

    @Test
    void dsm_exactly_at_the_cap_595_000_is_also_238_000() {
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=595000", "child-order=2"))).isEqualTo(238_000);
    }

    @Test
    void the_2026_minimum_follows_the_2026_mrp_4_325() {
        // 5.76 × 4 325 = 24 912
        assertThat(tenge(amount(measure, "2026-02-01", "average-income=50000", "child-order=1"))).isEqualTo(24_912);
    }

    private static Member mother() {
        return withInsurance(adult("mum", "1995-01-01", Sex.FEMALE), insured(60, monthly("2020-06", 24, 150_000)));
    }

    @Test
    void the_age_limit_was_1_year_on_31_december_2022_and_1_5_years_from_1_january_2023_S38() {
        // Born 10.06.2022; 24 months 06.2020 – 05.2022 of 150 000: 40 % = 60 000 (min 5.76 × 3 180 = 18 317)
        Member baby = child("baby", "2022-06-10", "mum", 1);

        assertThat(measure.evaluate(family(mother(), baby), lawOn("2022-12-31"), false)).singleElement()
                .isInstanceOfSatisfying(Entitlement.class, e -> {
                    assertThat(e.amount()).isEqualTo(60_000);
                    assertThat(e.from()).isEqualTo(LocalDate.parse("2022-06-10"));
                    assertThat(e.to()).isEqualTo(LocalDate.parse("2023-06-09"));
                });
        assertThat(measure.evaluate(family(mother(), baby), lawOn("2023-01-01"), false)).singleElement()
                .isInstanceOfSatisfying(Entitlement.class, e -> {
                    assertThat(e.amount()).isEqualTo(60_000);
                    assertThat(e.to()).isEqualTo(LocalDate.parse("2023-12-09"));
                });
    }

    @Test
    void a_child_of_a_year_and_a_half_is_no_longer_considered() {
        Member toddler = child("baby", "2023-11-01", "mum", 1);
        Member mum = withInsurance(adult("mum", "1995-01-01", Sex.FEMALE), insured(60, monthly("2021-11", 24, 150_000)));

        assertThat(measure.evaluate(family(mum, toddler), lawOn("2025-04-30"), false)).singleElement()
                .isInstanceOf(Entitlement.class);
        assertThat(measure.evaluate(family(mum, toddler), lawOn("2025-05-01"), false)).isEmpty();
    }

    @Test
    void in_2022_a_child_of_13_months_was_past_the_1_year_limit() {
        Member toddler = child("baby", "2021-11-01", "mum", 1);

        assertThat(measure.evaluate(family(mother(), toddler), lawOn("2022-12-31"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("age-limit"));
    }

    @Test
    void after_a_maternity_leave_the_right_arises_the_day_after_it_and_the_24_months_before_that_month_count() {
        // Leave 06.01.2025 + 126 days: the right arises 12.05.2025; window 05.2023 – 04.2025.
        Member mum = withMaternity(withInsurance(adult("mum", "1995-01-01", Sex.FEMALE),
                insured(60, monthly("2023-05", 24, 250_000))), "2025-01-06", 126);
        Member baby = child("baby", "2025-03-17", "mum", 2);

        assertThat(measure.evaluate(family(mum, baby), lawOn("2025-06-01"), false)).singleElement()
                .isInstanceOfSatisfying(Entitlement.class, e -> {
                    assertThat(e.from()).isEqualTo(LocalDate.parse("2025-05-12"));
                    assertThat(e.amount()).isEqualTo(100_000);
                    assertThat(e.to()).isEqualTo(LocalDate.parse("2026-09-16"));
                });
    }

    @Test
    void a_child_whose_carers_are_not_insured_is_left_to_the_budget_allowance() {
        Member mum = adult("mum", "1995-01-01", Sex.FEMALE);
        Member baby = child("baby", "2025-03-17", "mum", 1);

        assertThat(measure.evaluate(family(mum, baby), lawOn("2025-06-01"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("insured-carer"));
    }

    @Test
    void twins_are_paid_per_child() {
        Member mum = withInsurance(adult("mum", "1995-01-01", Sex.FEMALE), insured(60, monthly("2023-03", 24, 100_000)));

        assertThat(measure.evaluate(family(mum, child("t1", "2025-03-17", "mum", 1), child("t2", "2025-03-17", "mum", 2)),
                lawOn("2025-06-01"), false)).hasSize(2).allSatisfy(d -> assertThat(d).isInstanceOf(Entitlement.class));
    }
}
