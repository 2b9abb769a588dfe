package kz.shanyraq.recompute.run;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.BatchResult;
import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.wellbeing.CompiledMethodology;
import kz.shanyraq.law.wellbeing.LocalBudgetRule;
import kz.shanyraq.law.wellbeing.Methodologies;
import kz.shanyraq.law.wellbeing.Methodology;

import java.time.LocalDate;
import java.util.List;

/**
 * Every measure, the well-being category (2025) and the level (2023) through the law's column-wise batch engine
 * ({@link BatchEvaluator}, compiled once per run and shared by the workers), a slice of families at a time. Families
 * of category 6 are refused the measures paid from local budgets, as the per-family evaluator does. Stores
 * what {@link LawAssessor} stores; {@code BatchAssessorTest} compares the two.
 */
public final class BatchAssessor implements FamilyAssessor {

    private final BatchEvaluator evaluator;
    private final ParameterBook book;
    private final LocalDate on;
    private final List<String> measures;
    private final boolean[] localBudget;
    private final CompiledMethodology categories;
    private final CompiledMethodology levels;

    /** One per worker; {@code evaluator} is shared (it is thread-safe and compiling it is the expensive part). */
    public BatchAssessor(BatchEvaluator evaluator, ParameterBook book) {
        this.evaluator = evaluator;
        this.book = book;
        this.on = evaluator.on();
        this.measures = evaluator.measures();
        List<Measure> catalogue = Measures.all();
        this.localBudget = new boolean[measures.size()];
        for (int k = 0; k < measures.size(); k++) {
            Measure m = catalogue.get(k);
            if (!m.id().equals(measures.get(k))) {
                throw new IllegalStateException("batch measure " + k + " is " + measures.get(k) + ", not " + m.id());
            }
            localBudget[k] = LocalBudgetRule.refuses(LocalBudgetRule.HIGH_WELFARE, m);
        }
        this.categories = compiled(Methodologies.categories2025(), on);
        this.levels = compiled(Methodologies.levels2023(), on);
    }

    /**
     * A factory for a run's workers: the engine is compiled once, for the first registry law asked, and shared by
     * every assessor it makes.
     */
    public static java.util.function.Function<kz.shanyraq.recompute.registry.RegistryLaw, FamilyAssessor> perRun(
            LocalDate on) {
        java.util.concurrent.ConcurrentHashMap<ParameterBook, BatchEvaluator> compiled =
                new java.util.concurrent.ConcurrentHashMap<>();
        return law -> new BatchAssessor(compiled.computeIfAbsent(law.book(), b -> BatchEvaluator.compile(b, on, law.coverage())),
                law.book());
    }

    private static CompiledMethodology compiled(Methodology m, LocalDate on) {
        try {
            return m.compile(on);
        } catch (ParameterUnknownException e) {
            return null; // no version in force: every family undetermined, as the per-family scoring says
        }
    }

    @Override
    public List<String> measures() {
        return measures;
    }

    @Override
    public List<String> methodologies() {
        return new LawAssessor(book, on).methodologies();
    }

    @Override
    public FamilyOutcome assess(Family family) {
        return assessAll(List.of(family))[0];
    }

    @Override
    public FamilyOutcome[] assessAll(List<Family> families) {
        PopulationBuilder builder = new PopulationBuilder();
        for (Family f : families) {
            builder.add(f);
        }
        return assessAll(builder.build());
    }

    @Override
    public FamilyOutcome[] assessAll(Population p) {
        BatchResult r = evaluator.newResult(p);
        evaluator.evaluate(p, 0, p.size(), r);
        int m = measures.size();
        FamilyOutcome[] out = new FamilyOutcome[p.size()];
        short[] entitled = new short[m];
        long[] amounts = new long[m];
        short[] undetermined = new short[m];
        for (int i = 0; i < out.length; i++) {
            int category = r.category(i);
            int level = r.level(i);
            int ne = 0;
            int nu = 0;
            for (int k = 0; k < m; k++) {
                byte o = r.outcome(k, i);
                long amount = r.amount(k, i);
                // The per-family store keeps a measure both entitled and undetermined when one beneficiary has a
                // right and another's is unknown; the batch code says undetermined then, and the amount tells.
                boolean right = o == Outcome.ENTITLED || (o == Outcome.UNDETERMINED && amount > 0);
                if (right && !(category == LocalBudgetRule.HIGH_WELFARE && localBudget[k])) { // (the engine refuses too)
                    entitled[ne] = (short) k;
                    amounts[ne++] = amount;
                }
                if (o == Outcome.UNDETERMINED) {
                    undetermined[nu++] = (short) k;
                }
            }
            out[i] = new FamilyOutcome(category > 0 ? category : null,
                    level > 0 ? levels.outcomeCode(level) : null,
                    java.util.Arrays.copyOf(entitled, ne), java.util.Arrays.copyOf(amounts, ne),
                    java.util.Arrays.copyOf(undetermined, nu));
        }
        return out;
    }
}
