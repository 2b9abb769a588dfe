package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Measure;

/**
 * A measure whose conditions for each beneficiary are declared once ({@link MemberConditions}): the batch engine
 * runs them with its generic kernel, the measure's {@code evaluate} runs them on a population of one family.
 */
public interface MeasureWithConditions extends Measure {

    MemberConditions conditions();
}
