package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Measure;

/**
 * A measure that gives one decision per family, its conditions declared once ({@link FamilyConditions}): the batch
 * engine runs them with its generic kernel, the measure's {@code evaluate} runs them on a population of one family.
 */
public interface MeasureWithFamilyConditions extends Measure {

    FamilyConditions familyConditions();
}
