package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.Measure;

/**
 * Measures paid from local budgets are refused to families of category 6 (high welfare) of the 2025 scoring
 * model (reference/social-registry-anchors.md §7.4: "including by refusing support to citizens of the sixth
 * category"; the pilot applies it to additional measures of local budgets).
 */
public final class LocalBudgetRule {

    /** The refused condition's code in evaluations. */
    public static final String CONDITION = "wellbeing-category-6";
    /** The category refused local-budget measures. */
    public static final int HIGH_WELFARE = 6;

    private LocalBudgetRule() {
    }

    /** Whether a family of {@code category} (1–6, 0 = undetermined) is refused {@code measure}. */
    public static boolean refuses(int category, Measure measure) {
        return category == HIGH_WELFARE && measure.financing() == Financing.LOCAL_BUDGET;
    }

    /** The reason, for people, naming the rule that set the category. */
    public static Text reason(WellbeingScore score) {
        return Text.of(
                "Семья отнесена к категории 6 (высокое благополучие): меры за счёт местного бюджета не назначаются. "
                        + score.reason().ru(),
                "Отбасы 6-санатқа (жоғары әл-ауқат) жатқызылған: жергілікті бюджет есебінен шаралар тағайындалмайды. "
                        + score.reason().kk(),
                "The family is in category 6 (high welfare): measures paid from local budgets are refused. "
                        + score.reason().en());
    }
}
