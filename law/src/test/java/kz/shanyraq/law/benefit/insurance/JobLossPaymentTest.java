package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.adult;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.amount;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.family;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.insured;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.lawOn;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.monthly;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.tenge;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.withEmployment;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.withInsurance;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ГФСС payment for job loss: ДСМ × КЗД × КСУ for 1–6 months (S37–S40)")
class JobLossPaymentTest {

    private final JobLossPayment measure = new JobLossPayment();

    @Test
    void dsm_300_000_with_40_months_in_2025_is_121_500_a_month_for_4_months() {
        // 300 000 × 0.45 × КСУ 0.9 = 121 500; 36–47 months of participation give 4 months of payment
        Decision d = amount(measure, "2025-05-01", "average-income=300000", "participation-months=40");

        assertThat(d).isInstanceOfSatisfying(Entitlement.class, e -> {
            assertThat(e.amount()).isEqualTo(121_500);
            assertThat(e.from()).isEqualTo(LocalDate.parse("2025-05-01"));
            assertThat(e.to()).isEqualTo(LocalDate.parse("2025-08-31"));
            assertThat(e.explanation().steps()).anySatisfy(s -> {
                assertThat(s.name()).isEqualTo("months");
                assertThat(s.value()).isEqualByComparingTo("4");
            });
        });
    }

    @ParameterizedTest(name = "{0} months of contributions: paid for {1} months")
    @CsvSource({"6, 1", "11, 1", "12, 2", "23, 2", "24, 3", "35, 3", "36, 4", "47, 4", "48, 5", "59, 5", "60, 6",
            "240, 6"})
    void months_paid_by_participation_band_of_rules_237_p_37(int participation, int months) {
        Entitlement e = (Entitlement) amount(measure, "2025-05-01", "average-income=300000",
                "participation-months=" + participation);

        assertThat(e.to()).isEqualTo(LocalDate.parse("2025-05-01").plusMonths(months).minusDays(1));
    }

    @Test
    void fewer_than_6_months_of_contributions_give_no_payment() {
        assertThat(amount(measure, "2025-05-01", "average-income=300000", "participation-months=5"))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("participation"));
    }

    @Test
    void the_replacement_rate_rose_from_40_to_45_percent_on_1_january_2023_S38() {
        // 200 000 × 0.40 × 1.0 = 80 000 on 31.12.2022; 200 000 × 0.45 × 1.0 = 90 000 on 01.01.2023
        assertThat(tenge(amount(measure, "2022-12-31", "average-income=200000", "participation-months=60")))
                .isEqualTo(80_000);
        assertThat(tenge(amount(measure, "2023-01-01", "average-income=200000", "participation-months=60")))
                .isEqualTo(90_000);
    }

    @Test
    void an_average_income_above_7_minimum_wages_counts_as_595_000() {
        // 595 000 × 0.45 × 1.3 (240+ months) = 348 075
        assertThat(tenge(amount(measure, "2025-05-01", "average-income=900000", "participation-months=240")))
                .isEqualTo(348_075);
    }

    @Test
    void before_2022_the_payment_is_undetermined() {
        assertThat(amount(measure, "2021-12-31", "average-income=200000", "participation-months=60"))
                .isInstanceOf(kz.shanyraq.law.measure.Undetermined.class);
    }

    private static Member unemployed(String registered) {
        return withEmployment(withInsurance(adult("m1", "1990-01-01", Sex.MALE),
                        insured(40, monthly("2023-04", 24, 300_000))),
                new Employment(false, LocalDate.parse("2025-04-01"), registered == null ? null : LocalDate.parse(registered)));
    }

    @Test
    void a_family_member_registered_unemployed_on_15_april_2025_is_paid_121_500_until_14_august() {
        assertThat(measure.evaluate(family(unemployed("2025-04-15")), lawOn("2025-05-01"), false)).singleElement()
                .isInstanceOfSatisfying(Entitlement.class, e -> {
                    assertThat(e.amount()).isEqualTo(121_500);
                    assertThat(e.from()).isEqualTo(LocalDate.parse("2025-04-15"));
                    assertThat(e.to()).isEqualTo(LocalDate.parse("2025-08-14"));
                });
    }

    @Test
    void after_the_months_paid_the_family_member_is_refused() {
        assertThat(measure.evaluate(family(unemployed("2025-04-15")), lawOn("2025-08-14"), false)).singleElement()
                .isInstanceOf(Entitlement.class);
        assertThat(measure.evaluate(family(unemployed("2025-04-15")), lawOn("2025-08-15"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("in-period"));
    }

    @Test
    void losing_a_job_without_registering_as_unemployed_gives_no_payment() {
        assertThat(measure.evaluate(family(unemployed(null)), lawOn("2025-05-01"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("registered-unemployed"));
    }
}
