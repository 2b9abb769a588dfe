package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.parameter.ParameterBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The law engine's answer for the slice: {@link FamilyEvaluator} restricted to the slice's measures (explanations
 * off), which scores the family's well-being category and refuses local-budget measures to category 6, summarised
 * per measure as the batch evaluator does ({@link Outcome#of}, {@link Outcome#amount}).
 */
public final class LawSlice {

    private final FamilyEvaluator evaluator;

    public LawSlice(ParameterBook book) {
        this.evaluator = new FamilyEvaluator(book, SliceMeasures.measures());
    }

    public SliceAnswer evaluate(Family family, LocalDate on) {
        FamilyEvaluation e = evaluator.evaluate(family, on, false);
        int n = SliceMeasures.IDS.size();
        byte[] outcomes = new byte[n];
        long[] amounts = new long[n];
        List<List<Decision>> byMeasure = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            byMeasure.add(new ArrayList<>());
        }
        for (Decision d : e.decisions()) {
            int k = SliceMeasures.IDS.indexOf(d.measure());
            if (k >= 0) {
                byMeasure.get(k).add(d);
            }
        }
        for (int k = 0; k < n; k++) {
            outcomes[k] = Outcome.of(byMeasure.get(k));
            amounts[k] = Outcome.amount(byMeasure.get(k));
        }
        return new SliceAnswer(family.id(), outcomes, amounts, e.category() == null ? 0 : e.category().outcome());
    }
}
