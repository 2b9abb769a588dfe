package kz.shanyraq.law.batch;

import kz.shanyraq.law.explain.ConditionCheck;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyDocuments;
import kz.shanyraq.law.measure.Decision;
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
 * A family's conditions are written once (FamilyConditions): targeted social assistance and its child supplement
 * explain each declared condition on a population of one family, and the batch engine decides the same family by the
 * same declarations.
 */
class DeclaredFamilyConditionsTest {

    private static final LocalDate ON = LocalDate.of(2025, 11, 1);
    private static final ParameterBook BOOK = ParameterBook.standard();

    private static String exampleFamily() throws Exception {
        return Files.readString(Path.of(DeclaredFamilyConditionsTest.class.getResource("/families/example-family.json")
                .toURI()));
    }

    private static List<Decision> decisions(Family family, String measure) {
        return new FamilyEvaluator(BOOK).evaluate(family, ON, true).decisions().stream()
                .filter(d -> d.measure().equals(measure)).toList();
    }

    private static BatchResult batch(Family family) {
        return BatchEvaluator.compile(BOOK, ON).evaluate(new PopulationBuilder().add(family).build(), 1);
    }

    @Test
    void aFamilyWithAConsumerLoanIsRefusedAssistanceOnTheLoanByBothPathsSinceSeptember2025PressReportS24()
            throws Exception {
        Family family = FamilyDocuments.read("example-family.json", exampleFamily(), ON);

        List<Decision> asp = decisions(family, "targeted-social-assistance");
        List<Decision> supplement = decisions(family, "asp-child-supplement");

        assertThat(asp).singleElement().isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.condition()).isEqualTo("no-non-mortgage-loans");
            assertThat(r.explanation().conditions()).extracting(ConditionCheck::code)
                    .containsExactly("residence-status", "no-non-mortgage-loans");
            assertThat(r.explanation().conditions().get(1).actual()).isEqualTo("m1 consumer since 2024-03-15");
            assertThat(r.reason().en()).contains("m1 consumer since 2024-03-15");
        });
        assertThat(supplement).singleElement().isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.condition()).isEqualTo("asp-entitled");
            assertThat(r.explanation().conditions()).extracting(ConditionCheck::code)
                    .containsExactly("cash", "children-1-6", "asp-entitled");
            assertThat(r.explanation().conditions().get(1).actual()).isEqualTo("c2 (6)");
        });
        BatchResult r = batch(family);
        assertThat(r.outcome(r.measures().indexOf("targeted-social-assistance"), 0)).isEqualTo(Outcome.REFUSED);
        assertThat(r.outcome(r.measures().indexOf("asp-child-supplement"), 0)).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aMemberWhoIsNotAPermanentResidentRefusesTheWholeFamilyAssistanceByBothPathsSocialCodeArt127()
            throws Exception {
        String json = exampleFamily().replaceFirst("\"status\": \"citizen\"", "\"status\": \"non-resident\"");
        Family family = FamilyDocuments.read("non-resident.json", json, ON);

        List<Decision> asp = decisions(family, "targeted-social-assistance");

        assertThat(asp).singleElement().isInstanceOfSatisfying(Refusal.class, r -> {
            assertThat(r.condition()).isEqualTo("residence-status");
            assertThat(r.explanation().conditions().get(0).actual()).isEqualTo("not eligible: m1 non-resident");
        });
        BatchResult r = batch(family);
        assertThat(r.outcome(r.measures().indexOf("targeted-social-assistance"), 0)).isEqualTo(Outcome.REFUSED);
    }

    private static Family multiChildFamily(LocalDate on, String from, String to) throws Exception {
        String json = Files.readString(Path.of(DeclaredFamilyConditionsTest.class
                .getResource("/families/multichild-family.json").toURI()));
        return FamilyDocuments.read("multichild-family.json", json.replace(from, to), on);
    }

    private static List<Decision> decisions(Family family, String measure, LocalDate on) {
        return new FamilyEvaluator(BOOK).evaluate(family, on, true).decisions().stream()
                .filter(d -> d.measure().equals(measure)).toList();
    }

    private static BatchResult batch(Family family, LocalDate on) {
        return BatchEvaluator.compile(BOOK, on).evaluate(new PopulationBuilder().add(family).build(), 1);
    }

    @Test
    void theMultiChildAllowanceExplainsItsDeclaredConditionsAndTheBatchPaysTheSameForTheChildrenCounted()
            throws Exception {
        Family family = multiChildFamily(ON, "", "");

        List<Decision> decisions = decisions(family, "multichild-allowance", ON);

        assertThat(decisions).singleElement().isInstanceOf(kz.shanyraq.law.measure.Entitlement.class);
        kz.shanyraq.law.measure.Entitlement e = (kz.shanyraq.law.measure.Entitlement) decisions.get(0);
        assertThat(e.explanation().conditions()).extracting(ConditionCheck::code)
                .containsExactly("in-force", "resident", "children");
        assertThat(e.explanation().conditions().get(1).actual()).isEqualTo("p1: CITIZEN");
        BatchResult r = batch(family, ON);
        int k = r.measures().indexOf("multichild-allowance");
        assertThat(r.outcome(k, 0)).isEqualTo(Outcome.ENTITLED);
        assertThat(r.amount(k, 0)).isEqualTo(e.amount());
    }

    @Test
    void aMultiChildFamilyWhoseHeadDoesNotLiveInKazakhstanIsRefusedOnResidenceByBothPaths() throws Exception {
        Family family = multiChildFamily(ON, "\"relation\": \"head\",",
                "\"relation\": \"head\",\n      \"status\": \"non-resident\",");

        List<Decision> decisions = decisions(family, "multichild-allowance", ON);

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.condition()).isEqualTo("resident"));
        BatchResult r = batch(family, ON);
        assertThat(r.outcome(r.measures().indexOf("multichild-allowance"), 0)).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void beforeTheMultiChildAllowanceExistedOn01012020ItIsRefusedAsNotInForceByBothPaths() throws Exception {
        LocalDate before = LocalDate.of(2019, 12, 31);
        Family family = multiChildFamily(before, "", "");

        List<Decision> decisions = decisions(family, "multichild-allowance", before);

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.condition()).isEqualTo("in-force");
            assertThat(refusal.reason().en()).contains("01.01.2020");
        });
        BatchResult r = batch(family, before);
        assertThat(r.outcome(r.measures().indexOf("multichild-allowance"), 0)).isEqualTo(Outcome.REFUSED);
    }
}
