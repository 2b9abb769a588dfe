package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.InvalidInputException;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.adult;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.amount;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.family;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.insured;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.lawOn;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.monthly;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.tenge;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.withInsurance;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.withWorkCapacityLoss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("ГФСС payment for loss of working capacity: (ДСМ − 0.5 МЗП) × 0.6 × КСУ × КУТ (gfss.kz, S35)")
class WorkCapacityLossPaymentTest {

    private final WorkCapacityLossPayment measure = new WorkCapacityLossPayment();

    @Test
    void dsm_300_000_with_40_months_and_60_percent_loss_in_2025_is_83_430() {
        // (300 000 − 0.5 × 85 000) × 0.6 × КСУ 0.9 (36–47 months) × 0.6 = 257 500 × 0.6 × 0.9 × 0.6 = 83 430
        Decision d = amount(measure, "2025-05-01", "average-income=300000", "participation-months=40", "loss-percent=60");

        assertThat(tenge(d)).isEqualTo(83_430);
        assertThat(((Entitlement) d).from()).isEqualTo(LocalDate.parse("2025-05-01"));
    }

    @Test
    void dsm_200_000_with_72_months_and_full_loss_is_96_390() {
        // (200 000 − 42 500) × 0.6 × 1.02 × 1.0 = 96 390
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=200000", "participation-months=72",
                "loss-percent=100"))).isEqualTo(96_390);
    }

    @Test
    void a_fraction_of_a_tenge_is_rounded_to_the_nearest_tenge() {
        // (123 457 − 42 500) × 0.6 × 0.75 × 0.3 = 10 929.195 → 10 929
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=123457", "participation-months=12",
                "loss-percent=30"))).isEqualTo(10_929);
    }

    @Test
    void an_average_income_above_7_minimum_wages_counts_as_595_000() {
        // (595 000 − 42 500) × 0.6 × 1.0 × 1.0 = 331 500
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=1000000", "participation-months=60",
                "loss-percent=100"))).isEqualTo(331_500);
    }

    @Test
    void an_average_income_not_above_half_the_minimum_wage_gives_no_payment() {
        Decision d = amount(measure, "2025-05-01", "average-income=42500", "participation-months=60", "loss-percent=100");

        assertThat(d).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.condition()).isEqualTo("income-above-deduction"));
    }

    @Test
    void the_explanation_shows_the_10_percent_pension_contribution_withheld_from_the_assigned_amount() {
        Entitlement e = (Entitlement) amount(measure, "2025-05-01", "average-income=300000", "participation-months=40",
                "loss-percent=60");

        assertThat(e.explanation().steps()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("pension-contribution");
            assertThat(s.value()).isEqualByComparingTo("8343");
        }).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("net");
            assertThat(s.value()).isEqualByComparingTo("75087");
        });
    }

    @Test
    void before_2025_the_formula_is_undetermined_because_its_effective_date_is_unknown() {
        Decision before = amount(measure, "2024-12-31", "average-income=300000", "participation-months=40",
                "loss-percent=60");
        Decision on = amount(measure, "2025-01-01", "average-income=300000", "participation-months=40",
                "loss-percent=60");

        // The first part of the formula read (the least degree of loss) already names the missing effective date.
        assertThat(before).isInstanceOfSatisfying(Undetermined.class, u -> {
            assertThat(u.parameter()).startsWith("work-capacity-loss-payment.");
            assertThat(u.reason().en()).contains("effective date of the formula");
        });
        assertThat(tenge(on)).isEqualTo(83_430);
    }

    @Test
    void a_new_assignment_in_2026_is_not_indexed_the_minimum_wage_being_unchanged() {
        assertThat(tenge(amount(measure, "2026-02-01", "average-income=300000", "participation-months=40",
                "loss-percent=60"))).isEqualTo(83_430);
    }

    @Test
    void a_payment_assigned_in_may_2025_is_raised_by_10_percent_on_1_january_2026() {
        // 83 430 × 1.10 = 91 773 (indexation of payments in payment from 01.01.2026, S-lada 144100)
        Decision dayBefore = amount(measure, "2025-12-31", "average-income=300000", "participation-months=40",
                "loss-percent=60", "assigned-in=202505");
        Decision dayOf = amount(measure, "2026-01-01", "average-income=300000", "participation-months=40",
                "loss-percent=60", "assigned-in=202505");

        assertThat(tenge(dayBefore)).isEqualTo(83_430);
        assertThat(tenge(dayOf)).isEqualTo(91_773);
    }

    @Test
    void a_payment_assigned_before_a_year_whose_indexation_is_unknown_is_undetermined() {
        // Assigned in 2025 and viewed in 2026 is known; assigned in 2024 needs the 2024 formula and the 2025 indexation.
        Decision d = amount(measure, "2026-02-01", "average-income=300000", "participation-months=40",
                "loss-percent=60", "assigned-in=202406");

        assertThat(d).isInstanceOf(Undetermined.class);
    }

    @Test
    void a_month_of_assignment_after_the_day_calculated_is_refused() {
        assertThat(amount(measure, "2025-05-01", "average-income=300000", "participation-months=40",
                "loss-percent=60", "assigned-in=202506")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.condition()).isEqualTo("assigned-before"));
    }

    @Test
    void an_impossible_month_of_assignment_is_invalid_input_naming_the_key_not_a_refusal() {
        assertThatThrownBy(() -> amount(measure, "2025-05-01", "average-income=300000", "participation-months=40",
                "loss-percent=60", "assigned-in=202513")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("assigned-in").hasMessageContaining("YYYYMM");
    }

    @Test
    void a_family_member_with_60_percent_loss_since_march_2025_gets_83_430_from_her_contribution_record() {
        // 20 months of 360 000 in 03.2023 – 10.2024 and a break: 7 200 000 ÷ 24 = 300 000
        Member worker = withWorkCapacityLoss(withInsurance(adult("m1", "1980-01-01", Sex.FEMALE),
                insured(40, monthly("2023-03", 20, 360_000))), "2025-03-10", "2026-03-09", 60);

        List<Decision> decisions = measure.evaluate(family(worker), lawOn("2025-06-01"), true);

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Entitlement.class, e -> {
            assertThat(e.amount()).isEqualTo(83_430);
            assertThat(e.from()).isEqualTo(LocalDate.parse("2025-03-10"));
            assertThat(e.to()).isEqualTo(LocalDate.parse("2026-03-09"));
        });
    }

    @Test
    void the_same_family_member_is_paid_91_773_after_the_2026_indexation() {
        Member worker = withWorkCapacityLoss(withInsurance(adult("m1", "1980-01-01", Sex.FEMALE),
                insured(40, monthly("2023-03", 20, 360_000))), "2025-03-10", "2026-03-09", 60);

        assertThat(measure.evaluate(family(worker), lawOn("2026-01-15"), false)).singleElement()
                .isInstanceOfSatisfying(Entitlement.class, e -> assertThat(e.amount()).isEqualTo(91_773));
    }

    @Test
    void a_person_outside_social_insurance_is_refused() {
        Member worker = withWorkCapacityLoss(adult("m1", "1980-01-01", Sex.MALE), "2025-03-10", null, 60);

        assertThat(measure.evaluate(family(worker), lawOn("2025-06-01"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("insured"));
    }

    @Test
    void members_without_an_established_loss_of_working_capacity_are_not_considered() {
        Member worker = withInsurance(adult("m1", "1980-01-01", Sex.MALE), insured(40, monthly("2023-03", 24, 1)));

        assertThat(measure.evaluate(family(worker), lawOn("2025-06-01"), false)).isEmpty();
    }
}
