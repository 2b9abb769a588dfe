package kz.shanyraq.law.batch;

import kz.shanyraq.law.explain.ConditionCheck;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyDocuments;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measure's conditions are written once (MemberConditions): the family card's explanation records each declared
 * condition in order and the batch engine decides the same family by the same declarations.
 */
class DeclaredConditionsTest {

    private static final LocalDate ON = LocalDate.of(2025, 11, 1);
    private static final ParameterBook BOOK = ParameterBook.standard();

    private static String exampleFamily() throws Exception {
        return Files.readString(Path.of(DeclaredConditionsTest.class.getResource("/families/example-family.json").toURI()));
    }

    private static List<Decision> decisions(Family family, String measure) {
        return new FamilyEvaluator(BOOK).evaluate(family, ON, true).decisions().stream()
                .filter(d -> d.measure().equals(measure)).toList();
    }

    private static BatchResult batch(Family family) {
        return BatchEvaluator.compile(BOOK, ON).evaluate(new PopulationBuilder().add(family).build(), 1);
    }

    private static int column(BatchResult r, String measure) {
        return r.measures().indexOf(measure);
    }

    @Test
    void theAllowanceForRaisingADisabledChildExplainsEachDeclaredConditionAndTheBatchPaysTheSame() throws Exception {
        Family family = FamilyDocuments.read("example-family.json", exampleFamily(), ON);

        List<Decision> decisions = decisions(family, "disabled-child-carer-allowance");

        assertThat(decisions).singleElement().isInstanceOf(Entitlement.class);
        Entitlement e = (Entitlement) decisions.get(0);
        assertThat(e.explanation().conditions()).extracting(ConditionCheck::code)
                .containsExactly("disabled-child", "carer", "resident");
        assertThat(e.explanation().conditions()).allMatch(ConditionCheck::satisfied);
        assertThat(e.explanation().conditions().get(1).actual()).isEqualTo("m2");
        BatchResult r = batch(family);
        int k = column(r, "disabled-child-carer-allowance");
        assertThat(r.outcome(k, 0)).isEqualTo(Outcome.ENTITLED);
        assertThat(r.amount(k, 0)).isEqualTo(e.amount());
    }

    @Test
    void aDisabledChildWhoDoesNotLiveInKazakhstanIsRefusedOnResidenceByBothPaths() throws Exception {
        String json = exampleFamily().replace("\"motherId\": \"m2\",\n      \"birthOrder\": 2,",
                "\"motherId\": \"m2\",\n      \"birthOrder\": 2,\n      \"status\": \"non-resident\",");
        Family family = FamilyDocuments.read("non-resident-child.json", json, ON);

        List<Decision> carer = decisions(family, "disabled-child-carer-allowance");
        List<Decision> benefit = decisions(family, "disability-benefit");

        assertThat(carer).singleElement().isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.condition()).isEqualTo("resident"));
        assertThat(benefit).singleElement().isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.condition()).isEqualTo("resident");
            assertThat(refusal.explanation().conditions()).extracting(ConditionCheck::code)
                    .containsExactly("disability", "resident");
        });
        BatchResult r = batch(family);
        assertThat(r.outcome(column(r, "disabled-child-carer-allowance"), 0)).isEqualTo(Outcome.REFUSED);
        assertThat(r.outcome(column(r, "disability-benefit"), 0)).isEqualTo(Outcome.REFUSED);
    }
}
