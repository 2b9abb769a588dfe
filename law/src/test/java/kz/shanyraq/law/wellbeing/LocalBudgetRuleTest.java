package kz.shanyraq.law.wellbeing;

import com.fasterxml.jackson.databind.JsonNode;
import kz.shanyraq.law.evaluation.EvaluationJson;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kz.shanyraq.law.wellbeing.WellbeingFixtures.BOOK;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.ON;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.adult;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.child;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.family;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.wageQ2;
import static org.assertj.core.api.Assertions.assertThat;

class LocalBudgetRuleTest {

    private final Measure asp = Measures.byId("targeted-social-assistance").orElseThrow();

    @Test
    void targetedSocialAssistanceIsPaidFromLocalBudgetsAndRefusedOnlyToCategory6() {
        assertThat(asp.financing()).isEqualTo(Financing.LOCAL_BUDGET);
        assertThat(LocalBudgetRule.refuses(6, asp)).isTrue();
        for (int category = 0; category <= 5; category++) {
            assertThat(LocalBudgetRule.refuses(category, asp)).isFalse();
        }
        Measure republican = Measures.all().stream().filter(m -> m.financing() == Financing.REPUBLICAN_BUDGET)
                .findFirst().orElseThrow();
        assertThat(LocalBudgetRule.refuses(6, republican)).isFalse();
    }

    @Test
    void aCategory6FamilyIsRefusedTheLocalBudgetMeasureItWouldOtherwiseGetNamingTheCategoryRule() {
        // 2 adults (one working for 40 000 ₸) and 2 children: 120 000 ÷ 4 ÷ 3 = 10 000 ₸ per person, below the
        // poverty line (36 400 ₸) — but also below the food share: category 1 without property.
        Family poor = family(List.of(adult("m1", 1985, Sex.MALE, true), adult("m2", 1987, Sex.FEMALE, true),
                child("c1", 2015), child("c2", 2018)), wageQ2("m1", 40_000), Assets.NONE);
        FamilyEvaluator evaluator = new FamilyEvaluator(BOOK);
        FamilyEvaluation without = evaluator.evaluate(poor, ON, false);
        assertThat(without.category().outcome()).isEqualTo(1);
        List<String> localEntitlements = without.entitlements().stream()
                .filter(e -> Measures.byId(e.measure()).orElseThrow().financing() == Financing.LOCAL_BUDGET)
                .map(e -> e.measure()).toList();
        assertThat(localEntitlements).as("precondition: the family is entitled to a local-budget measure")
                .contains("targeted-social-assistance");

        FamilyEvaluation with = evaluator.evaluate(poor.withAssets(WellbeingFixtures.dwellingsAndVehicles(2, 2)),
                ON, true);
        assertThat(with.category().outcome()).isEqualTo(6);
        assertThat(with.entitlements()).noneMatch(e -> localEntitlements.contains(e.measure()));
        Refusal refusal = with.refusals().stream().filter(r -> r.measure().equals("targeted-social-assistance"))
                .filter(r -> r.condition().equals(LocalBudgetRule.CONDITION)).findFirst().orElseThrow();
        assertThat(refusal.reason().en()).contains("category 6").contains("2 or more dwellings and 2 or more vehicles");
        assertThat(refusal.explanation().conditions()).anyMatch(c -> c.code().equals(LocalBudgetRule.CONDITION)
                && !c.satisfied());

        JsonNode json = EvaluationJson.tree(with);
        assertThat(json.at("/wellbeing/category/outcome").asText()).isEqualTo("6");
        assertThat(json.at("/wellbeing/category/decidedBy").asText()).isEqualTo("two-dwellings-two-vehicles");
        assertThat(json.at("/wellbeing/level/methodology").asText()).isEqualTo("levels-2023");
    }
}
