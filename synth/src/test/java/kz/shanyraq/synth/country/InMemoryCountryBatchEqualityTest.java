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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard against two copies of the law drifting apart: every family of a small synthetic country gets the same
 * outcome and amount, for every measure, from the batch evaluator as from the family evaluator.
 */
class InMemoryCountryBatchEqualityTest {

    private static final ParameterBook BOOK = ParameterBook.standard();

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"2017-07-01", "2020-04-01", "2023-01-01", "2025-01-01", "2025-09-01", "2026-06-01",
            "2026-11-01"})
    @DisplayName("Every family of the synthetic country (scale 0.002) gets the same answer from both evaluators")
    void batchAndFamilyEvaluatorsAgreeOnEveryFamily(String date) {
        LocalDate on = LocalDate.parse(date);
        List<Family> families = InMemoryCountry.families(0.002, 1, on).toList();
        PopulationBuilder builder = new PopulationBuilder();
        families.forEach(builder::add);
        Population population = builder.build();
        BatchResult batch = BatchEvaluator.compile(BOOK, on).evaluate(population, 2);
        FamilyEvaluator evaluator = new FamilyEvaluator(BOOK);

        List<String> differences = new ArrayList<>();
        int entitled = 0;
        for (int f = 0; f < families.size(); f++) {
            FamilyEvaluation expected = evaluator.evaluate(families.get(f), on, false);
            for (int k = 0; k < batch.measures().size(); k++) {
                String measure = batch.measures().get(k);
                List<Decision> decisions = expected.decisions().stream().filter(d -> d.measure().equals(measure))
                        .toList();
                byte code = Outcome.of(decisions);
                long amount = Outcome.amount(decisions);
                if (code == Outcome.ENTITLED) {
                    entitled++;
                }
                if (batch.outcome(k, f) != code || batch.amount(k, f) != amount) {
                    differences.add("family " + families.get(f).id() + " " + measure + ": family evaluator "
                            + Outcome.name(code) + " " + amount + ", batch " + Outcome.name(batch.outcome(k, f)) + " "
                            + batch.amount(k, f));
                }
            }
        }
        assertThat(families).hasSizeGreaterThan(10_000);
        assertThat(entitled).as("entitlements found (the comparison is not vacuous)").isGreaterThan(300);
        assertThat(differences).as("differences on " + on).isEmpty();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"2020-04-01", "2026-06-01"})
    @DisplayName("A family rebuilt from the columns equals the family it was built from")
    void populationGivesBackTheSameFamilies(String date) {
        LocalDate on = LocalDate.parse(date);
        List<Family> families = InMemoryCountry.families(0.002, 1, on).toList();
        PopulationBuilder builder = new PopulationBuilder();
        families.forEach(builder::add);
        Population population = builder.build();
        for (int f = 0; f < families.size(); f++) {
            assertThat(population.family(f)).isEqualTo(families.get(f));
        }
    }
}
