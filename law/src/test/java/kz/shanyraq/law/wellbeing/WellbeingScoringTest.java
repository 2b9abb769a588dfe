package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.wellbeing.Methodology.MethodologyVersion;
import kz.shanyraq.law.wellbeing.Methodology.Outcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static kz.shanyraq.law.wellbeing.WellbeingFixtures.BOOK;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.ON;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.adult;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.child;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.family;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.vectorWithTotal;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.wageQ2;
import static org.assertj.core.api.Assertions.assertThat;

class WellbeingScoringTest {

    private final Methodology categories = Methodologies.categories2025();
    private final Methodology levels = Methodologies.levels2023();
    private final WellbeingScoring scoring = new WellbeingScoring(BOOK, categories);

    @Test
    void theShippedScoringModelIsAReferenceWith23CriteriaInThePublishedGroups() {
        MethodologyVersion v = categories.versionOn(ON);
        assertThat(categories.status()).isEqualTo("reference");
        assertThat(v.criteria()).hasSize(23);
        assertThat(v.criteria().stream().map(Methodology.Criterion::group).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("income", "housing", "real-estate", "vehicles", "loans", "health",
                        "disability", "education", "dependency", "work-capacity", "hidden-income");
        assertThat(v.outcomes()).extracting(Outcome::code).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void the2023MethodologyWeighsFiveDimensionsEquallyAndHasLevelsAToE() {
        MethodologyVersion v = levels.versionOn(ON);
        assertThat(levels.status()).isEqualTo("reference");
        assertThat(v.outcomes()).extracting(Outcome::code).containsExactly("A", "B", "C", "D", "E");
        var maxByDimension = v.criteria().stream().collect(Collectors.groupingBy(Methodology.Criterion::group,
                Collectors.summingInt(c -> c.bands().stream().mapToInt(Methodology.Band::points).max().orElse(0))));
        assertThat(maxByDimension).containsOnlyKeys("economic", "health", "housing", "social", "education");
        assertThat(maxByDimension.values()).allMatch(w -> w == 200);
    }

    @Test
    @DisplayName("Income is measured against the food share (0.55 × regional ПМ) and the poverty line of the previous quarter")
    void incomeRatiosByHand() {
        // 2 adults, one earns 60 000 ₸ a month in 2025-Q2: 180 000 ÷ 2 ÷ 3 = 30 000 ₸ per person a month.
        Family f = family(List.of(adult("m1", 1985, Sex.MALE, true), adult("m2", 1987, Sex.FEMALE, false)),
                wageQ2("m1", 60_000), Assets.NONE);
        WellbeingFeatures x = WellbeingFeatures.measure(f, ON, BOOK);
        assertThat(x.get(Feature.PER_CAPITA_INCOME)).isEqualTo(30_000);
        assertThat(x.get(Feature.INCOME_TO_FOOD_PM)).isEqualTo(1048);        // 30 000 ÷ 28 600
        assertThat(x.get(Feature.INCOME_TO_POVERTY_LINE)).isEqualTo(824);    // 30 000 ÷ 36 400
        assertThat(x.get(Feature.WORKING_AGE_WORKING)).isEqualTo(1);
        assertThat(x.get(Feature.DEPENDENCY_LOAD)).isEqualTo(1000);
        assertThat(x.get(Feature.IDLE_WITHOUT_REASON)).isEqualTo(1);
    }

    @Test
    void aFamilyBelowTheFoodShareOfTheSubsistenceMinimumIsCategory1() {
        // 25 000 ₸ per person < 28 600 ₸
        Family f = family(List.of(adult("m1", 1985, Sex.MALE, true), adult("m2", 1987, Sex.FEMALE, true)),
                wageQ2("m1", 50_000), Assets.NONE);
        WellbeingScore s = scoring.score(f, ON, true);
        assertThat(s.outcome()).isEqualTo(1);
        assertThat(s.decidedBy()).isEqualTo("food-deficit");
        assertThat(ExplanationText.render(s.explanation(), Locale.forLanguageTag("ru")))
                .contains("продовольственной части ПМ").contains("wellbeing.food-share");
    }

    @Test
    void justAtTheFoodShareIsNotCategory1() {
        // 28 600 ₸ per person = the food share exactly: 1000 ‰, the rule asks below 1000
        Family f = family(List.of(adult("m1", 1985, Sex.MALE, true)), wageQ2("m1", 28_600), Assets.NONE);
        WellbeingScore s = scoring.score(f, ON, false);
        assertThat(s.features().get(Feature.INCOME_TO_FOOD_PM)).isEqualTo(1000);
        assertThat(s.outcome()).isNotEqualTo(1);
        assertThat(s.decidedBy()).isEqualTo("points");
    }

    @Test
    @DisplayName("Public example: 2 or more dwellings and 2 or more vehicles → category 6, even with a low declared income")
    void twoDwellingsAndTwoVehiclesIsHighWelfare() {
        Family f = family(List.of(adult("m1", 1985, Sex.MALE, false)), wageQ2("m1", 10_000),
                WellbeingFixtures.dwellingsAndVehicles(2, 2));
        WellbeingScore s = scoring.score(f, ON, true);
        assertThat(s.outcome()).isEqualTo(6);
        assertThat(s.decidedBy()).isEqualTo("two-dwellings-two-vehicles");
        assertThat(s.reason().en()).contains("2 or more dwellings and 2 or more vehicles");
        // one vehicle fewer: the rule does not hold, and the income puts the family in category 1
        WellbeingScore one = scoring.score(f.withAssets(WellbeingFixtures.dwellingsAndVehicles(2, 1)), ON, false);
        assertThat(one.outcome()).isEqualTo(1);
    }

    @Test
    void eachCriterionShowsItsMeasuredValueAndPoints() {
        Family f = family(List.of(adult("m1", 1985, Sex.MALE, true), adult("m2", 1987, Sex.FEMALE, true),
                child("c1", 2015)), wageQ2("m1", 200_000), WellbeingFixtures.dwellingsAndVehicles(1, 1));
        WellbeingScore s = scoring.score(f, ON, true);
        assertThat(s.criteria()).hasSize(23);
        CriterionScore dwellings = s.criteria().stream().filter(c -> c.code().equals("dwellings")).findFirst()
                .orElseThrow();
        assertThat(dwellings.value()).isEqualTo(1);
        assertThat(dwellings.points()).isEqualTo(10);
        assertThat(s.points()).isEqualTo(s.criteria().stream().mapToLong(CriterionScore::points).sum());
        assertThat(s.explanation().steps()).anyMatch(st -> st.name().equals("criterion.dwellings"));
        assertThat(s.explanation().outcome()).isEqualTo("scored");
    }

    @Test
    @DisplayName("Category thresholds: a total one point below each threshold is the category below, at it the category")
    void categoryBoundaries() {
        MethodologyVersion v = categories.versionOn(ON);
        CompiledMethodology fast = categories.compile(ON);
        for (Outcome o : v.outcomes()) {
            if (o.minPoints() == null || o.index() == 2) {
                continue;
            }
            long[] at = vectorWithTotal(v, o.minPoints(), WellbeingScoringTest::noHardRule);
            long[] below = vectorWithTotal(v, o.minPoints() - 1, WellbeingScoringTest::noHardRule);
            assertThat(at).as("a family with %d points", o.minPoints()).isNotNull();
            assertThat(below).isNotNull();
            assertThat(fast.points(at)).isEqualTo(o.minPoints());
            assertThat(fast.category(at)).as("at %d", o.minPoints()).isEqualTo(o.index());
            assertThat(fast.category(below)).as("at %d", o.minPoints() - 1).isEqualTo(o.index() - 1);
            assertThat(scoring.score("f", WellbeingFeatures.of(ON, at)).outcome()).isEqualTo(o.index());
            assertThat(scoring.score("f", WellbeingFeatures.of(ON, below)).outcome()).isEqualTo(o.index() - 1);
        }
    }

    /** Bands that keep both hard rules from firing: income at least the food share, fewer than 2 dwellings. */
    private static boolean noHardRule(Methodology.Criterion c, int band) {
        return switch (c.code()) {
            case "income-to-food-pm" -> band > 0;
            case "dwellings" -> band < 2;
            default -> true;
        };
    }

    @Test
    @DisplayName("2023 levels: each cutoff of the deprivation score, at it and one ‰ below")
    void levelBoundaries() {
        MethodologyVersion v = levels.versionOn(ON);
        CompiledMethodology fast = levels.compile(ON);
        WellbeingScoring explained = new WellbeingScoring(BOOK, levels);
        for (Outcome o : v.outcomes()) {
            if (o.minPoints() == 0) {
                continue;
            }
            long[] at = vectorWithTotal(v, o.minPoints(), (c, b) -> true);
            long[] nearest = null;
            for (long t = o.minPoints() - 1; t >= 0 && nearest == null; t--) {
                nearest = vectorWithTotal(v, t, (c, b) -> true);
            }
            assertThat(at).as("a family deprived by exactly %d ‰", o.minPoints()).isNotNull();
            assertThat(fast.category(at)).isEqualTo(o.index());
            assertThat(fast.category(nearest)).isEqualTo(o.index() - 1);
            assertThat(explained.score("f", WellbeingFeatures.of(ON, at)).outcomeCode()).isEqualTo(o.code());
        }
    }

    @Test
    @DisplayName("2023: no dwelling, overcrowded and below the poverty line is deprivation 300 ‰ → level C")
    void aHandWorked2023Level() {
        Family f = family(List.of(adult("m1", 1985, Sex.MALE, true), adult("m2", 1987, Sex.FEMALE, true)),
                wageQ2("m1", 60_000), Assets.NONE);
        WellbeingScore s = new WellbeingScoring(BOOK, levels).score(f, ON, true);
        assertThat(s.points()).isEqualTo(300);
        assertThat(s.outcomeCode()).isEqualTo("C");
    }

    @Test
    void aFamilyOfARegionWithoutItsSubsistenceMinimumIsUndeterminedNamingTheFigure() {
        Family f = new Family("f", "KZ-11", null, null, List.of(adult("m1", 1985, Sex.MALE, true)),
                wageQ2("m1", 100_000), List.of(), null, null);
        WellbeingScore s = scoring.score(f, ON, false);
        assertThat(s.determined()).isFalse();
        assertThat(s.reason().en()).contains("income-to-food-pm").contains("KZ-11");
        long[] x = s.features().values();
        assertThat(categories.compile(ON).category(x)).isEqualTo(CompiledMethodology.UNDETERMINED);
    }

    @Test
    void anEarlierHardRuleThatHoldsDecidesWithoutTheMissingIncomeFigure() {
        Family f = new Family("f", "KZ-11", null, null, List.of(adult("m1", 1985, Sex.MALE, true)),
                wageQ2("m1", 100_000), List.of(), null, null, WellbeingFixtures.dwellingsAndVehicles(2, 2));
        WellbeingScore s = scoring.score(f, ON, false);
        assertThat(s.outcome()).isEqualTo(6);
        assertThat(categories.compile(ON).category(s.features().values())).isEqualTo(6);
    }

    @Test
    void bothMethodologiesCompareFamilyByFamily() {
        WellbeingComparison comparison = new WellbeingComparison(new WellbeingScoring(BOOK, categories),
                new WellbeingScoring(BOOK, levels));
        Family poor = family(List.of(adult("m1", 1985, Sex.MALE, true)), wageQ2("m1", 20_000), Assets.NONE);
        Family rich = family(List.of(adult("m1", 1985, Sex.MALE, true)), wageQ2("m1", 900_000),
                WellbeingFixtures.dwellingsAndVehicles(2, 2));
        var pair = comparison.compare(poor, ON, false);
        assertThat(pair.category().outcomeCode()).isEqualTo("1");
        assertThat(pair.level().outcome()).isGreaterThan(1);
        var report = comparison.report(List.of(poor, rich), ON);
        assertThat(report.byCategoryAndLevel().get("6")).containsEntry("A", 1);
        assertThat(report.render()).contains("families: 2");
    }
}
