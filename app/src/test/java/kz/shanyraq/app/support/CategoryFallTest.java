package kz.shanyraq.app.support;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hard-life-situation condition "fell into category 1 or 2", read from the family's assessment before the event
 * (its last one) and after it (category 0: not scored).
 */
class CategoryFallTest {

    static final LocalDate ON = LocalDate.of(2026, 10, 1);
    final Predicate<Situation> fell = SituationConditions.ALL.get("category-1-or-2");

    @Test
    void aFamilyThatMovesFromCategory3To2HasFallenIntoNeed() {
        assertThat(fell.test(situation(rights(3), rights(2)))).isTrue();
    }

    @Test
    void aFamilyThatWasNotScoredBeforeAndIsNowInCategory1HasFallenIntoNeed() {
        assertThat(fell.test(situation(rights(0), rights(1)))).isTrue();
        assertThat(fell.test(situation(null, rights(1)))).isTrue();
    }

    @Test
    void aFamilyAlreadyInNeedOrStillAbove2OrNotScoredAfterTheEventIsNotANewSituation() {
        assertThat(fell.test(situation(rights(2), rights(1)))).as("already in need").isFalse();
        assertThat(fell.test(situation(rights(5), rights(3)))).as("still above 2").isFalse();
        assertThat(fell.test(situation(rights(3), rights(0)))).as("undetermined after").isFalse();
    }

    private static Situation situation(Assessment before, Assessment after) {
        return new Situation("income-changed", 1, 1, ON, null, null, before, after);
    }

    private static Assessment rights(int category) {
        return new Assessment(ON, category, 0, Set.of());
    }
}
