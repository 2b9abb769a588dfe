package kz.shanyraq.recompute.run;

import kz.shanyraq.law.family.Family;

import java.util.List;

/**
 * Evaluates one family for a run. The run does not care which engine answers (the per-family law evaluator, or the
 * columnar batch engine); one instance per worker thread, so implementations need not be thread-safe.
 */
public interface FamilyAssessor {

    /** Measure ids, in the order the outcome's indexes refer to. */
    List<String> measures();

    /** Scoring methodologies applied, as {@code id@version} (empty when none). */
    List<String> methodologies();

    FamilyOutcome assess(Family family);

    /**
     * The outcomes of a slice's families, in order. A batch engine overrides this to evaluate the slice column-wise;
     * the default asks {@link #assess(Family)} family by family.
     */
    default FamilyOutcome[] assessAll(List<Family> families) {
        FamilyOutcome[] out = new FamilyOutcome[families.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = assess(families.get(i));
        }
        return out;
    }

    /** The outcomes of a slice already fed into a population, in order (by default, family by family). */
    default FamilyOutcome[] assessAll(kz.shanyraq.law.batch.Population population) {
        List<Family> families = new java.util.ArrayList<>(population.size());
        for (int i = 0; i < population.size(); i++) {
            families.add(population.family(i));
        }
        return assessAll(families);
    }
}
