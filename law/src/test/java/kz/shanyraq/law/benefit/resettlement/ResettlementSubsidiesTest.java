package kz.shanyraq.law.benefit.resettlement;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kz.shanyraq.law.benefit.resettlement.ResettledFamilyFixtures.lawOn;
import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Catalogue of resettlement subsidies")
class ResettlementSubsidiesTest {

    @Test
    void both_subsidies_are_in_the_catalogue_and_financed_from_the_republican_budget() {
        assertThat(ResettlementSubsidies.all()).extracting(Measure::id).containsExactly("relocation-subsidy", "rent-subsidy");
        for (Measure m : ResettlementSubsidies.all()) {
            assertThat(Measures.byId(m.id())).get().isInstanceOf(m.getClass());
            assertThat(m.financing()).isEqualTo(Financing.REPUBLICAN_BUDGET);
            assertThat(ParameterBook.standard().has(m.normParameter())).as(m.id()).isTrue();
        }
    }

    @Test
    void a_family_that_did_not_resettle_gets_no_decision() {
        Family settled = new Family("f", "KZ-71", null, Locality.URBAN, List.of(), null, null, null, null);
        for (Measure m : ResettlementSubsidies.all()) {
            assertThat(m.evaluate(settled, lawOn("2025-06-01"), false)).as(m.id()).isEmpty();
        }
    }
}
