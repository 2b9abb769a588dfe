package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyBenefitsTest {

    @Test
    void the_catalogue_lists_the_family_measures_birth_allowance_first() {
        assertThat(FamilyBenefits.all()).extracting(Measure::id).containsExactly("birth-allowance",
                "childcare-allowance", "multichild-allowance", "awarded-mother-allowance",
                "disabled-child-carer-allowance");
    }

    @Test
    void every_family_measure_is_paid_from_the_republican_budget_and_reachable_by_id() {
        for (Measure m : FamilyBenefits.all()) {
            assertThat(m.financing()).as(m.id()).isEqualTo(Financing.REPUBLICAN_BUDGET);
            assertThat(ParameterBook.standard().has(m.normParameter())).as(m.id()).isTrue();
            assertThat(Measures.byId(m.id()).orElseThrow()).isInstanceOf(m.getClass());
        }
    }
}
