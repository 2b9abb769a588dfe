package kz.shanyraq.recompute.run;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.recompute.TestRegistry;
import kz.shanyraq.recompute.registry.RegistryLaw;
import kz.shanyraq.recompute.registry.RegistrySnapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batch engine behind the recompute stores what the law's per-family evaluator stores: for every family of a
 * small synthetic country read from PostgreSQL (the batch engine given only the income months the recompute reads,
 * the reference the server's 24), the same category, 2023 level, entitled measures with their amounts
 * and undetermined measures.
 */
class BatchAssessorTest {

    @ParameterizedTest(name = "as of {0}")
    @ValueSource(strings = {"2026-10-01", "2025-09-01"})
    void theBatchEngineStoresWhatThePerFamilyEvaluatorStores(String date) throws Exception {
        LocalDate on = LocalDate.parse(date);
        ParameterBook book;
        try (Connection c = TestRegistry.dataSource().getConnection()) {
            book = RegistryLaw.read(c).book();
        }
        // The reference reads as the server does (24 months of income); the recompute only the months the law needs.
        List<Family> families = new RegistrySnapshot(on).readAll(TestRegistry.dataSource());
        List<Family> recomputeReads = RegistrySnapshot.forLaw(on).readAll(TestRegistry.dataSource());
        assertThat(recomputeReads).hasSameSizeAs(families);
        LawAssessor reference = new LawAssessor(book, on);
        FamilyAssessor batch = BatchAssessor.perRun(on).apply(new RegistryLaw(book, "test", java.util.Map.of()));
        assertThat(batch.measures()).isEqualTo(reference.measures());
        assertThat(batch.methodologies()).isEqualTo(reference.methodologies());

        FamilyOutcome[] fast = batch.assessAll(recomputeReads);
        int categorised = 0;
        int entitled = 0;
        for (int i = 0; i < families.size(); i++) {
            Family f = families.get(i);
            FamilyOutcome want = reference.assess(f);
            FamilyOutcome got = fast[i];
            String who = "family " + f.id() + " on " + on;
            assertThat(stored(got)).as(who).isEqualTo(stored(want));
            categorised += want.category() == null ? 0 : 1;
            entitled += want.entitled().length > 0 ? 1 : 0;
        }
        assertThat(families).hasSizeGreaterThan(10_000);
        assertThat(categorised).as("families with a category").isGreaterThan(50);
        assertThat(entitled).as("families with a right").isGreaterThan(100);
    }

    /** What the result table keeps of an outcome, as text (arrays compared by value). */
    private static String stored(FamilyOutcome o) {
        return "category " + o.category() + ", level " + o.level2023() + ", entitled " + Arrays.toString(o.entitled())
                + " amounts " + Arrays.toString(o.amounts()) + ", undetermined " + Arrays.toString(o.undetermined());
    }
}
