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

    @Test
    void theGfssChildCarePaymentExplainsEachDeclaredConditionAndTheAmountFromTheCarersContributionsAndTheBatchPaysTheSame()
            throws Exception {
        Family family = FamilyDocuments.read("example-family.json", exampleFamily(), ON);

        List<Decision> decisions = decisions(family, "childcare-payment");

        // c3, born 20.08.2025 during m2's leave (11.06.2025, 126 days): the right arose on 15.10.2025
        assertThat(decisions).singleElement().isInstanceOf(Entitlement.class);
        Entitlement e = (Entitlement) decisions.get(0);
        assertThat(e.beneficiary()).isEqualTo("c3");
        assertThat(e.from()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(e.explanation().conditions()).extracting(ConditionCheck::code)
                .containsExactly("insured-carer", "age-limit", "child-order", "right-arisen", "contributions");
        assertThat(e.explanation().conditions()).allMatch(ConditionCheck::satisfied);
        assertThat(e.explanation().conditions().get(0).actual()).isEqualTo("m2: insured");
        assertThat(e.explanation().conditions().get(1).actual()).isEqualTo("2 < 18 months");
        assertThat(e.explanation().conditions().get(3).actual()).isEqualTo("2025-10-15");
        // the window is the 24 months before October 2025 (October 2023 – September 2025): 20 of m2's contributions
        // of 280 000 ₸, averaged over 24 months, read from the same columns as the batch engine reads them
        assertThat(e.explanation().steps()).extracting(s -> s.name())
                .startsWith("contribution-income", "average-income");
        assertThat(e.explanation().steps().get(0).value()).isEqualByComparingTo("5600000");
        BatchResult r = batch(family);
        int k = column(r, "childcare-payment");
        assertThat(r.outcome(k, 0)).isEqualTo(Outcome.ENTITLED);
        assertThat(r.amount(k, 0)).isEqualTo(e.amount());
    }

    @Test
    void beforeTheRightArisesTheChildCarePaymentIsRefusedNamingTheDayByBothPaths() throws Exception {
        LocalDate during = LocalDate.of(2025, 10, 1);
        Family family = FamilyDocuments.read("example-family.json", exampleFamily(), during);

        List<Decision> decisions = new FamilyEvaluator(BOOK).evaluate(family, during, true).decisions().stream()
                .filter(d -> d.measure().equals("childcare-payment")).toList();

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.condition()).isEqualTo("right-arisen");
            assertThat(refusal.reason().ru()).contains("15.10.2025");
        });
        BatchResult r = BatchEvaluator.compile(BOOK, during).evaluate(new PopulationBuilder().add(family).build(), 1);
        assertThat(r.outcome(column(r, "childcare-payment"), 0)).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void aChildOlderThanEveryAgeLimitTheLawHasHadGetsNoDecisionOfTheChildCarePayment() throws Exception {
        LocalDate later = LocalDate.of(2027, 3, 1);
        Family family = FamilyDocuments.read("example-family.json", exampleFamily(), later);

        List<Decision> decisions = new FamilyEvaluator(BOOK).evaluate(family, later, false).decisions().stream()
                .filter(d -> d.measure().equals("childcare-payment")).toList();

        assertThat(decisions).isEmpty();
        BatchResult r = BatchEvaluator.compile(BOOK, later).evaluate(new PopulationBuilder().add(family).build(), 1);
        assertThat(r.outcome(column(r, "childcare-payment"), 0)).isEqualTo(Outcome.NOT_APPLICABLE);
    }
}
