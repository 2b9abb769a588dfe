package kz.shanyraq.law.benefit.state;

import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StateSocialBenefitsTest {

    @Test
    void the_catalogue_lists_the_disability_and_survivor_benefits() {
        assertThat(StateSocialBenefits.all()).extracting(Measure::id)
                .containsExactly("disability-benefit", "survivor-benefit");
    }

    @Test
    void every_state_benefit_is_paid_from_the_republican_budget_and_reachable_by_id() {
        for (Measure m : StateSocialBenefits.all()) {
            assertThat(m.financing()).as(m.id()).isEqualTo(Financing.REPUBLICAN_BUDGET);
            assertThat(ParameterBook.standard().has(m.normParameter())).as(m.id()).isTrue();
            assertThat(Measures.byId(m.id()).orElseThrow()).isInstanceOf(m.getClass());
        }
    }
}
