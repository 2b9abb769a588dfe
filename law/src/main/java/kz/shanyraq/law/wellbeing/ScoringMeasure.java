package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.parameter.Law;

import java.util.List;

/**
 * The well-being scoring seen as a {@link Calculation} subject, so that it records parameters, conditions and steps
 * exactly like a measure does. It is not a benefit: it is not in the measure catalogue and decides nothing alone.
 */
final class ScoringMeasure implements Measure {

    static final ScoringMeasure INSTANCE = new ScoringMeasure();

    private static final MeasureDescription DESCRIPTION = new MeasureDescription("wellbeing",
            Text.of("Оценка социального благополучия семьи", "Отбасының әлеуметтік әл-ауқатын бағалау",
                    "Family well-being scoring"),
            // nothing is paid: the scoring has no financing
            null, null, "wellbeing.food-share");

    private ScoringMeasure() {
    }

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of();
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        throw new UnsupportedOperationException("the well-being scoring is not a measure; use WellbeingScoring");
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return List.of();
    }
}
