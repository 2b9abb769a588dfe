package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.InvalidInputException;
import kz.shanyraq.law.measure.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.adult;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.amount;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.family;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.insured;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.lawOn;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.monthly;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.tenge;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.withInsurance;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.withMaternity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("ГФСС maternity payment: ДСМ(12 months) × days ÷ 30 (S42), 126 or 140 days (Labour Code art. 99, S43)")
class MaternityPaymentTest {

    private final MaternityPayment measure = new MaternityPayment();

    @Test
    void dsm_300_000_for_126_days_is_1_260_000_assigned_and_1_134_000_paid_after_10_percent_pension_contributions() {
        Decision d = amount(measure, "2025-05-01", "average-income=300000", "days=126");

        assertThat(d).isInstanceOfSatisfying(Entitlement.class, e -> {
            assertThat(e.amount()).isEqualTo(1_260_000);
            assertThat(e.from()).isEqualTo(e.to());
            assertThat(e.explanation().steps()).anySatisfy(s -> {
                assertThat(s.name()).isEqualTo("pension-contribution");
                assertThat(s.value()).isEqualByComparingTo("126000");
            }).anySatisfy(s -> {
                assertThat(s.name()).isEqualTo("net");
                assertThat(s.value()).isEqualByComparingTo("1134000");
            });
        });
    }

    @Test
    void the_same_income_for_140_days_of_a_complicated_or_multiple_birth_is_1_400_000() {
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=300000", "days=140"))).isEqualTo(1_400_000);
    }

    @Test
    void an_average_income_above_7_minimum_wages_counts_as_595_000() {
        // 595 000 × 126 ÷ 30 = 2 499 000; × 140 ÷ 30 = 2 776 666.67 → 2 776 667
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=700000", "days=126"))).isEqualTo(2_499_000);
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=700000", "days=140"))).isEqualTo(2_776_667);
    }

    @Test
    void a_leave_of_another_length_is_not_a_key_value() {
        assertThatThrownBy(() -> amount(measure, "2025-05-01", "average-income=300000", "days=130"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("126, 140");
    }

    @Test
    void a_family_member_whose_leave_starts_2_june_2025_averages_june_2024_to_may_2025() {
        // 12 × 250 000 ÷ 12 = 250 000; × 140 ÷ 30 = 1 166 666.67 → 1 166 667; the month of leave (June 2025) is outside
        Member mother = withMaternity(withInsurance(adult("m", "1995-01-01", Sex.FEMALE),
                insured(30, monthly("2024-06", 13, 250_000))), "2025-06-02", 140);

        assertThat(measure.evaluate(family(mother), lawOn("2025-06-10"), true)).singleElement()
                .isInstanceOfSatisfying(Entitlement.class, e -> {
                    assertThat(e.amount()).isEqualTo(1_166_667);
                    assertThat(e.from()).isEqualTo(LocalDate.parse("2025-06-02"));
                });
    }

    @Test
    void a_leave_of_130_days_in_the_family_record_is_refused() {
        Member mother = withMaternity(withInsurance(adult("m", "1995-01-01", Sex.FEMALE),
                insured(30, monthly("2024-06", 12, 250_000))), "2025-06-02", 130);

        assertThat(measure.evaluate(family(mother), lawOn("2025-06-10"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("leave-days"));
    }

    @Test
    void no_contributions_in_the_12_months_before_the_leave_gives_no_payment() {
        Member mother = withMaternity(withInsurance(adult("m", "1995-01-01", Sex.FEMALE),
                insured(30, monthly("2022-01", 12, 250_000))), "2025-06-02", 126);

        assertThat(measure.evaluate(family(mother), lawOn("2025-06-10"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("contributions"));
    }

    @Test
    void before_the_social_code_rules_of_june_2023_the_payment_is_undetermined() {
        assertThat(amount(measure, "2023-06-30", "average-income=300000", "days=126"))
                .isInstanceOf(kz.shanyraq.law.measure.Undetermined.class);
        assertThat(tenge(amount(measure, "2023-07-01", "average-income=300000", "days=126"))).isEqualTo(1_260_000);
    }
}
