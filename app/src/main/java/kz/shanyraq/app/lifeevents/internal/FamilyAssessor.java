package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.registry.CoveredPeriods;
import kz.shanyraq.app.support.Assessment;
import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.batch.BatchResult;
import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.wellbeing.LocalBudgetRule;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the families of a wave of life events: what {@code FamilyEvaluator} says of their rights and category,
 * computed with the law's columnar engine ({@link BatchEvaluator}, compiled once per date and kept) for all the
 * families of one date at once. The engine gives each measure's outcome per family; the rights themselves (who, how
 * much, from when) are then taken from the measure object for the few measures the family is entitled to (or
 * undetermined under, which may hide an entitlement of one beneficiary), exactly as the family evaluator does,
 * including the refusal of local-budget measures to category 6.
 */
@Component
class FamilyAssessor {

    /** A family's assessment and its rights as the law gives them (for offers). */
    record Assessed(Assessment assessment, List<Entitlement> rights) {
    }

    private record Key(ParameterBook book, LocalDate on, Coverage coverage) {
    }

    private final CoveredPeriods coverage;

    FamilyAssessor(CoveredPeriods coverage) {
        this.coverage = coverage;
    }

    /** Compiled evaluators by date, the most recently used kept (events cluster on a few recent days). */
    private final Map<Key, BatchEvaluator> compiled = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BatchEvaluator> eldest) {
            return size() > 64;
        }
    };

    private BatchEvaluator evaluator(ParameterBook book, LocalDate on, Coverage covered) {
        Key key = new Key(book, on, covered);
        synchronized (compiled) {
            BatchEvaluator e = compiled.get(key);
            if (e != null) {
                return e;
            }
        }
        // Compiled outside the lock: two workers may compile the same date once each, harmlessly.
        BatchEvaluator e = BatchEvaluator.compile(book, on, covered);
        synchronized (compiled) {
            compiled.putIfAbsent(key, e);
        }
        return e;
    }

    /** Each family as of its date; {@code null} families give {@code null}. */
    List<Assessed> assess(List<Family> families, List<LocalDate> dates, ParameterBook book) {
        int n = families.size();
        List<Assessed> out = new ArrayList<>(java.util.Collections.nCopies(n, null));
        Map<LocalDate, List<Integer>> byDate = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (families.get(i) != null) {
                byDate.computeIfAbsent(dates.get(i), d -> new ArrayList<>()).add(i);
            }
        }
        List<Measure> catalogue = Measures.all();
        Coverage covered = byDate.isEmpty() ? null : coverage.now();
        for (Map.Entry<LocalDate, List<Integer>> group : byDate.entrySet()) {
            LocalDate on = group.getKey();
            List<Integer> members = group.getValue();
            BatchEvaluator evaluator = evaluator(book, on, covered);
            PopulationBuilder builder = new PopulationBuilder();
            for (int i : members) {
                builder.add(families.get(i));
            }
            Population population = builder.build();
            BatchResult result = evaluator.newResult(population);
            evaluator.evaluate(population, 0, population.size(), result);
            List<String> columns = result.measures();
            Law law = null;
            for (int f = 0; f < members.size(); f++) {
                int i = members.get(f);
                Family family = families.get(i);
                int category = result.category(f);
                List<Entitlement> rights = new ArrayList<>();
                for (int k = 0; k < columns.size(); k++) {
                    byte outcome = result.outcome(k, f);
                    if (outcome != Outcome.ENTITLED && outcome != Outcome.UNDETERMINED) {
                        continue;
                    }
                    Measure measure = catalogue.get(k).id().equals(columns.get(k)) ? catalogue.get(k)
                            : Measures.byId(columns.get(k)).orElseThrow();
                    if (LocalBudgetRule.refuses(category, measure)
                            || evaluator.coverage().measure(measure.id()).isPresent()) {
                        continue; // refused by category, or undetermined for facts the registry does not cover
                    }
                    if (law == null) {
                        law = book.on(on);
                    }
                    rights.addAll(entitlements(measure, family, law));
                }
                out.set(i, new Assessed(Assessment.of(on, category, result.level(f), rights), List.copyOf(rights)));
            }
        }
        return out;
    }

    private static List<Entitlement> entitlements(Measure measure, Family family, Law law) {
        List<Decision> decisions;
        try {
            decisions = measure.evaluate(family, law, false);
        } catch (ParameterUnknownException e) {
            // The family evaluator makes the whole family undetermined under this measure: no right.
            return List.of();
        } catch (RuntimeException e) {
            throw new IllegalStateException("measure " + measure.id() + " failed for family " + family.id()
                    + " on " + law.day() + ": " + e.getMessage(), e);
        }
        List<Entitlement> rights = new ArrayList<>();
        for (Decision d : decisions) {
            if (d instanceof Entitlement e) {
                rights.add(e);
            }
        }
        return rights;
    }
}
