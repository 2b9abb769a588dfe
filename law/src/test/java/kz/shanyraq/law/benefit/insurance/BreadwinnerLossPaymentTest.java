package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.adult;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.amount;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.bereaved;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.child;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.insured;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.lawOn;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.monthly;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.student;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ГФСС payment for loss of breadwinner: (ДСМ − 0.5 МЗП) × КЗД × КИ × КСУ (gfss.kz, S36), КЗД and КИ unknown")
class BreadwinnerLossPaymentTest {

    private final BreadwinnerLossPayment measure = new BreadwinnerLossPayment();

    @Test
    void the_amount_is_undetermined_naming_the_unknown_replacement_rate() {
        Decision d = amount(measure, "2025-05-01", "average-income=300000", "participation-months=40", "dependants=2");

        assertThat(d).isInstanceOfSatisfying(Undetermined.class, u -> {
            assertThat(u.parameter()).isEqualTo("breadwinner-loss-payment.replacement-rate");
            assertThat(u.reason().en()).contains("parameter unknown: breadwinner-loss-payment.replacement-rate")
                    .contains("breadwinner-loss-payment.dependants-coefficient");
            assertThat(u.reason().ru()).contains("breadwinner-loss-payment.replacement-rate");
        });
    }

    @Test
    void the_explanation_of_the_undetermined_amount_still_shows_the_known_steps() {
        Undetermined u = (Undetermined) amount(measure, "2025-05-01", "average-income=300000",
                "participation-months=40", "dependants=2");

        assertThat(u.explanation().steps()).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("base");
            assertThat(s.value()).isEqualByComparingTo("257500");
        });
    }

    @Test
    void a_family_with_a_child_of_10_and_a_student_of_20_is_eligible_but_the_amount_is_undetermined() {
        Member widow = adult("w", "1985-01-01", Sex.FEMALE);
        Member pupil = child("c1", "2015-02-01", "w", 1);
        Member undergraduate = student("c2", "2005-01-01", "2023-09-01", "2027-06-30");
        BreadwinnerLoss loss = new BreadwinnerLoss(LocalDate.parse("2025-03-20"), null, false, List.of("c1", "c2"),
                insured(40, monthly("2023-03", 24, 300_000)));

        List<Decision> decisions = measure.evaluate(bereaved(loss, widow, pupil, undergraduate), lawOn("2025-06-01"), true);

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Undetermined.class, u -> {
            assertThat(u.beneficiary()).isEqualTo("family-1");
            assertThat(u.parameter()).isEqualTo("breadwinner-loss-payment.replacement-rate");
            assertThat(u.explanation().conditions()).anySatisfy(c -> {
                assertThat(c.code()).isEqualTo("dependants");
                assertThat(c.actual()).isEqualTo("[c1, c2]");
            });
        });
    }

    @Test
    void a_dependant_of_25_is_no_longer_paid_so_the_family_is_refused() {
        Member grownUp = child("c1", "2000-01-01", null, 1);
        BreadwinnerLoss loss = new BreadwinnerLoss(LocalDate.parse("2025-03-20"), null, false, List.of("c1"),
                insured(40, monthly("2023-03", 24, 300_000)));

        assertThat(measure.evaluate(bereaved(loss, grownUp), lawOn("2025-06-01"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("dependants"));
    }

    @Test
    void a_breadwinner_outside_social_insurance_gives_no_ГФСС_payment() {
        Member pupil = child("c1", "2015-02-01", null, 1);
        BreadwinnerLoss loss = new BreadwinnerLoss(LocalDate.parse("2025-03-20"), null, false, List.of("c1"), null);

        assertThat(measure.evaluate(bereaved(loss, pupil), lawOn("2025-06-01"), false)).singleElement()
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.condition()).isEqualTo("deceased-insured"));
    }

    @Test
    void a_family_without_a_breadwinner_loss_is_not_considered() {
        assertThat(measure.evaluate(bereaved(null, adult("a", "1980-01-01", Sex.MALE)), lawOn("2025-06-01"), false))
                .isEmpty();
    }
}
