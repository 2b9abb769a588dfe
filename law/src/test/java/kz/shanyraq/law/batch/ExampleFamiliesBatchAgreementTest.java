package kz.shanyraq.law.batch;

import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyDocuments;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch kernels and the explained path agree on the example families around the days issue 15 changed: the
 * insured-carer rule (the newborn c3 of the example family), a maternity leave and a child-care right arising after
 * the day, the multi-child allowance before and from 01.01.2020, and the days before the law's history.
 */
class ExampleFamiliesBatchAgreementTest {

    private static final List<String> FILES = List.of("example-family.json", "multichild-family.json",
            "survivor-family.json", "low-income-family.json", "kandas-family.json");

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"2016-01-01", "2016-12-31", "2017-01-01", "2019-12-31", "2020-01-01", "2020-03-01",
            "2023-06-30", "2023-07-01", "2025-06-10", "2025-06-11", "2025-10-14", "2025-10-15", "2025-11-01"})
    @DisplayName("Every measure of every example family: the same outcome and amount from the batch as from the family evaluator")
    void theBatchAgreesWithTheFamilyEvaluator(String date) throws Exception {
        LocalDate on = LocalDate.parse(date);
        ParameterBook book = ParameterBook.standard();
        List<Family> families = new ArrayList<>();
        for (String f : FILES) {
            families.add(read(f, on));
        }
        PopulationBuilder builder = new PopulationBuilder();
        families.forEach(builder::add);
        Population population = builder.build();
        BatchResult batch = BatchEvaluator.compile(book, on).evaluate(population, 1);
        List<String> differences = new ArrayList<>();
        for (int f = 0; f < families.size(); f++) {
            FamilyEvaluation expected = new FamilyEvaluator(book).evaluate(families.get(f), on, false);
            for (int k = 0; k < batch.measures().size(); k++) {
                String measure = batch.measures().get(k);
                List<Decision> decisions = expected.decisions().stream().filter(d -> d.measure().equals(measure))
                        .toList();
                if (batch.outcome(k, f) != Outcome.of(decisions) || batch.amount(k, f) != Outcome.amount(decisions)) {
                    differences.add(families.get(f).id() + " " + measure + ": family evaluator "
                            + Outcome.name(Outcome.of(decisions)) + " " + Outcome.amount(decisions) + ", batch "
                            + Outcome.name(batch.outcome(k, f)) + " " + batch.amount(k, f));
                }
            }
        }
        assertThat(differences).isEmpty();
        if (on.isBefore(LocalDate.of(2017, 1, 1))) {
            for (int k = 0; k < batch.measures().size(); k++) {
                for (int f = 0; f < families.size(); f++) {
                    assertThat(batch.outcome(k, f)).isIn(Outcome.NOT_APPLICABLE, Outcome.UNDETERMINED);
                }
            }
        }
    }

    private static Family read(String name, LocalDate on) throws IOException, URISyntaxException {
        Path file = Path.of(ExampleFamiliesBatchAgreementTest.class.getResource("/families/" + name).toURI());
        return FamilyDocuments.read(file, on);
    }
}
