package kz.shanyraq.synth.country;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.BatchResult;
import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.wellbeing.WellbeingFeatures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard against two copies of the law drifting apart: every family of a small synthetic country gets the same
 * well-being category and level, the same feature vector, and the same outcome and amount for every measure, from
 * the batch evaluator as from the family evaluator — with the synthetic country's regional figures loaded (and
 * median incomes computed from its own incomes, as the registry does), so that targeted social assistance and the
 * categories are determined.
 */
class InMemoryCountryBatchEqualityTest {

    private static final double SCALE = 0.002;
    private static final long SEED = 1;
    /** The law with the synthetic figures; medians of the quarters the synthetic incomes cover, computed. */
    static final ParameterBook BOOK = InMemoryCountry.book(SEED, computedMedians());

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"2017-07-01", "2020-04-01", "2023-01-01", "2025-01-01", "2025-09-01", "2026-06-01",
            "2026-11-01", "2027-01-01"})
    @DisplayName("Every family of the synthetic country (scale 0.002) gets the same category, level and answers from both evaluators")
    void batchAndFamilyEvaluatorsAgreeOnEveryFamily(String date) {
        LocalDate on = LocalDate.parse(date);
        List<Family> families = InMemoryCountry.families(SCALE, SEED, on).toList();
        Comparison c = compare(families, on, BOOK);
        assertThat(families).hasSizeGreaterThan(10_000);
        assertThat(c.entitled).as("entitlements found (the comparison is not vacuous)").isGreaterThan(300);
        assertThat(c.differences).as("differences on " + on).isEmpty();
    }

    @Test
    @DisplayName("With incomes in the registry, the country reaches every category 1–6 and families entitled to АСП, and the batch agrees")
    void theComparisonCoversEveryCategoryAndEntitledAssistance() {
        LocalDate on = LocalDate.parse("2026-11-01");
        List<Family> families = InMemoryCountry.families(SCALE, SEED, on).toList();
        Comparison c = compare(families, on, BOOK);
        assertThat(c.differences).isEmpty();
        assertThat(c.categories.keySet()).as("categories reached, with counts " + c.categories)
                .contains(1, 2, 3, 4, 5, 6);
        assertThat(c.levels.keySet()).as("2023 levels reached " + c.levels).contains(1, 2, 3, 4, 5);
        assertThat(c.entitledAsp).as("families entitled to targeted social assistance").isGreaterThan(20);
        assertThat(c.refusedByCategory).as("category-6 families refused АСП they would otherwise get")
                .isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"2020-04-01", "2026-06-01", "2026-11-01"})
    @DisplayName("A family rebuilt from the columns equals the family it was built from, assets included")
    void populationGivesBackTheSameFamilies(String date) {
        LocalDate on = LocalDate.parse(date);
        List<Family> families = InMemoryCountry.families(SCALE, SEED, on).toList();
        PopulationBuilder builder = new PopulationBuilder();
        families.forEach(builder::add);
        Population population = builder.build();
        int withAssets = 0;
        for (int f = 0; f < families.size(); f++) {
            assertThat(population.family(f)).isEqualTo(families.get(f));
            withAssets += families.get(f).assets().isEmpty() ? 0 : 1;
        }
        assertThat(withAssets).as("families holding assets").isGreaterThan(families.size() / 2);
    }

    /** What the two evaluators said, and where they differ. */
    static final class Comparison {
        final List<String> differences = new ArrayList<>();
        final Map<Integer, Integer> categories = new TreeMap<>();
        final Map<Integer, Integer> levels = new TreeMap<>();
        int entitled;
        int entitledAsp;
        int refusedByCategory;
    }

    /** Both evaluators on every family: category, level, features, then every measure's outcome and amount. */
    static Comparison compare(List<Family> families, LocalDate on, ParameterBook book) {
        PopulationBuilder builder = new PopulationBuilder();
        families.forEach(builder::add);
        Population population = builder.build();
        BatchEvaluator batchEvaluator = BatchEvaluator.compile(book, on);
        BatchResult batch = batchEvaluator.evaluate(population, 2);
        FamilyEvaluator evaluator = new FamilyEvaluator(book);
        Comparison c = new Comparison();
        int asp = batch.measureIndex("targeted-social-assistance");
        for (int f = 0; f < families.size(); f++) {
            Family family = families.get(f);
            FamilyEvaluation expected = evaluator.evaluate(family, on, false);
            String who = "family " + family.id() + " on " + on + ": ";
            int category = expected.category().outcome();
            int level = expected.level().outcome();
            c.categories.merge(category, 1, Integer::sum);
            c.levels.merge(level, 1, Integer::sum);
            if (batch.category(f) != category || batch.level(f) != level) {
                c.differences.add(who + "category/level: family evaluator " + category + "/" + level + ", batch "
                        + batch.category(f) + "/" + batch.level(f));
            }
            if (expected.category().features() != null) {
                long[] want = expected.category().features().values();
                long[] got = batchEvaluator.wellbeingFeatures(population, f);
                if (!Arrays.equals(want, got)) {
                    c.differences.add(who + "features: family evaluator " + WellbeingFeatures.of(on, want)
                            + ", batch " + (got == null ? "none" : WellbeingFeatures.of(on, got)));
                }
            }
            for (int k = 0; k < batch.measures().size(); k++) {
                String measure = batch.measures().get(k);
                List<Decision> decisions = expected.decisions().stream().filter(d -> d.measure().equals(measure))
                        .toList();
                byte code = Outcome.of(decisions);
                long amount = Outcome.amount(decisions);
                if (code == Outcome.ENTITLED) {
                    c.entitled++;
                    c.entitledAsp += k == asp ? 1 : 0;
                }
                if (k == asp && code == Outcome.REFUSED && category == 6) {
                    c.refusedByCategory++;
                }
                if (batch.outcome(k, f) != code || batch.amount(k, f) != amount) {
                    c.differences.add(who + measure + ": family evaluator " + Outcome.name(code) + " " + amount
                            + ", batch " + Outcome.name(batch.outcome(k, f)) + " " + batch.amount(k, f));
                }
            }
            if (c.differences.size() > 50) {
                break;
            }
        }
        return c;
    }

    /**
     * Regional median per-capita monthly income of the quarters the synthetic incomes cover (Q3, Q4 2026), computed
     * from the country's own families as the registry computes it: the median over the region's families of the
     * quarter's income ÷ members ÷ 3.
     */
    static Map<Quarter, Map<String, Long>> computedMedians() {
        MedianIncomes medians = new MedianIncomes(List.of(new Quarter(2026, 3), new Quarter(2026, 4)));
        InMemoryCountry.families(SCALE, SEED, LocalDate.parse("2027-01-01")).forEach(medians);
        return medians.medians();
    }

}
