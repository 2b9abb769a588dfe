package kz.shanyraq.recompute.run;

import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.coverage.CoverageVerdict;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.wellbeing.Methodologies;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every measure of the catalogue and the well-being scoring (2025 categories, 2023 levels) through the law's
 * per-family evaluator, explanations off: correct, and the reference any faster engine must agree with.
 */
public final class LawAssessor implements FamilyAssessor {

    private final FamilyEvaluator evaluator;
    private final CoverageVerdict verdict;
    private final LocalDate on;
    private final List<String> measures;
    private final Map<String, Integer> index = new HashMap<>();

    public LawAssessor(ParameterBook book, LocalDate on) {
        this(book, on, Coverage.GIVEN);
    }

    /** For a registry with this coverage: measures needing facts outside it are undetermined. */
    public LawAssessor(ParameterBook book, LocalDate on, Coverage coverage) {
        this.evaluator = new FamilyEvaluator(book);
        this.verdict = evaluator.verdict(on, coverage);
        this.on = on;
        this.measures = Measures.all().stream().map(Measure::id).toList();
        for (int i = 0; i < measures.size(); i++) {
            index.put(measures.get(i), i);
        }
    }

    @Override
    public List<String> measures() {
        return measures;
    }

    @Override
    public List<String> methodologies() {
        return List.of(Methodologies.categories2025().id() + "@" + Methodologies.categories2025().versionOn(on).from(),
                Methodologies.levels2023().id() + "@" + Methodologies.levels2023().versionOn(on).from());
    }

    @Override
    public FamilyOutcome assess(Family family) {
        FamilyEvaluation e = evaluator.evaluate(family, on, false, verdict);
        long[] sums = new long[measures.size()];
        boolean[] entitled = new boolean[measures.size()];
        boolean[] undetermined = new boolean[measures.size()];
        for (Entitlement x : e.entitlements()) {
            int i = index.get(x.measure());
            entitled[i] = true;
            sums[i] = Math.addExact(sums[i], x.amount());
        }
        for (Undetermined u : e.undetermined()) {
            undetermined[index.get(u.measure())] = true;
        }
        // Outcome 0 is "undetermined" (a feature the scoring needs is unknown): no category is stored.
        Integer category = e.category() != null && e.category().outcome() > 0 ? e.category().outcome() : null;
        String level = e.level() != null && e.level().outcome() > 0 ? e.level().outcomeCode() : null;
        return new FamilyOutcome(category, level, indexes(entitled), pick(entitled, sums), indexes(undetermined));
    }

    private static short[] indexes(boolean[] set) {
        int n = 0;
        for (boolean b : set) {
            n += b ? 1 : 0;
        }
        short[] out = new short[n];
        for (int i = 0, k = 0; i < set.length; i++) {
            if (set[i]) {
                out[k++] = (short) i;
            }
        }
        return out;
    }

    private static long[] pick(boolean[] set, long[] sums) {
        long[] out = new long[indexes(set).length];
        for (int i = 0, k = 0; i < set.length; i++) {
            if (set[i]) {
                out[k++] = sums[i];
            }
        }
        return out;
    }
}
