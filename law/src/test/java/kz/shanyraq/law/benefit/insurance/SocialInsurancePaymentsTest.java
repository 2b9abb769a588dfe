package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.adult;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.family;
import static kz.shanyraq.law.benefit.insurance.InsuredPersonFixtures.lawOn;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Catalogue of ГФСС social payments")
class SocialInsurancePaymentsTest {

    @Test
    void the_five_payments_are_in_the_catalogue_and_paid_by_the_social_insurance_fund() {
        assertThat(SocialInsurancePayments.all()).extracting(Measure::id).containsExactly("work-capacity-loss-payment",
                "breadwinner-loss-payment", "job-loss-payment", "maternity-payment", "childcare-payment");
        for (Measure m : SocialInsurancePayments.all()) {
            assertThat(Measures.byId(m.id())).get().isInstanceOf(m.getClass());
            assertThat(m.financing()).isEqualTo(Financing.SOCIAL_INSURANCE_FUND);
            assertThat(ParameterBook.standard().has(m.normParameter())).as(m.id()).isTrue();
        }
    }

    @Test
    void a_family_with_no_insurance_event_gets_no_decision_from_these_payments() {
        for (Measure m : SocialInsurancePayments.all()) {
            assertThat(m.evaluate(family(adult("a", "1980-01-01", Sex.MALE)), lawOn("2025-06-01"), true)).as(m.id())
                    .isEmpty();
        }
    }
}
