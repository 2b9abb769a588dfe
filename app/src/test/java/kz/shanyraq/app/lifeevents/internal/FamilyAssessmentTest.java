package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.registry.FamilyOnDate;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.support.Assessment;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life-event workers evaluate families with the columnar engine and keep each family's last assessment: the
 * rights and category must be what the family evaluator says of the same family, and the baseline must assess every
 * family once without replacing what an event wrote.
 */
class FamilyAssessmentTest extends LifeEventTestSupport {

    @Autowired
    FamilyAssessor assessor;
    @Autowired
    FamilyAssessments assessments;
    @Autowired
    AssessmentBaseline baseline;
    @Autowired
    FamilyRegistry registry;
    @Autowired
    EventProcessor processor;
    @Autowired
    TransactionTemplate tx;

    @Test
    void the_columnar_assessment_gives_the_family_evaluators_rights_and_category_for_every_registry_family() {
        ParameterBook book = processor.book();
        FamilyEvaluator evaluator = new FamilyEvaluator(book);
        List<Long> ids = jdbc.sql("select id from family order by id").query(Long.class).list();
        int compared = 0;
        int withRights = 0;
        for (LocalDate on : List.of(today(), today().minusMonths(7).withDayOfMonth(1), LocalDate.of(2025, 3, 15))) {
            List<Optional<FamilyRecord>> read = tx.execute(s -> registry.familiesForLaw(ids.stream()
                    .map(id -> new FamilyOnDate(id, on)).toList()));
            List<Family> families = new ArrayList<>();
            for (Optional<FamilyRecord> r : read) {
                r.ifPresent(record -> families.add(record.family()));
            }
            List<FamilyAssessor.Assessed> assessed = assessor.assess(families,
                    Collections.nCopies(families.size(), on), book);
            for (int i = 0; i < families.size(); i++) {
                FamilyEvaluation expected = evaluator.evaluate(families.get(i), on, false);
                FamilyAssessor.Assessed actual = assessed.get(i);
                String family = "family " + families.get(i).id() + " on " + on;
                assertThat(actual.rights()).as(family).containsExactlyElementsOf(expected.entitlements());
                int category = expected.category() != null && expected.category().determined()
                        ? expected.category().outcome() : 0;
                assertThat(actual.assessment().category()).as(family + " category").isEqualTo(category);
                compared++;
                withRights += expected.entitlements().isEmpty() ? 0 : 1;
            }
        }
        assertThat(compared).isGreaterThan(20);
        assertThat(withRights).as("families with rights").isGreaterThan(5);
    }

    @Test
    void the_baseline_assesses_each_family_once_and_keeps_what_an_event_wrote() {
        TestFamilyIds f = new TestFamilyIds(families(2, "KZ-71", "KZ-71-01").stream().map(x -> x.id()).toList());
        Assessment byEvent = new Assessment(today().minusDays(3), 3, 2, Set.of("birth-allowance/1"));
        tx.executeWithoutResult(s -> assessments.keep(List.of(f.ids().get(0)), List.of(0L), List.of(byEvent)));

        long assessed = baseline.assessAll();

        Map<Long, Assessment> kept = assessments.of(f.ids());
        assertThat(assessed).isGreaterThanOrEqualTo(1);
        assertThat(kept.get(f.ids().get(0))).as("the event's assessment stays").isEqualTo(byEvent);
        assertThat(kept.get(f.ids().get(1)).on()).isEqualTo(today());
        assertThat(kept).as("both families assessed").hasSize(2);
        assertThat(baseline.assessAll()).as("a second run finds nothing to do").isZero();
    }

    private record TestFamilyIds(List<Long> ids) {
    }
}
