package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.assistance.TargetedSocialAssistance;
import kz.shanyraq.law.benefit.family.AwardedMotherAllowance;
import kz.shanyraq.law.benefit.family.BirthAllowance;
import kz.shanyraq.law.benefit.family.ChildCareAllowance;
import kz.shanyraq.law.benefit.family.DisabledChildCarerAllowance;
import kz.shanyraq.law.benefit.family.MultiChildAllowance;
import kz.shanyraq.law.benefit.state.DisabilityBenefit;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;

import java.util.List;

/** The measures of the side-by-side slice, with the name of the DMN decision that answers each. */
public final class SliceMeasures {

    /** Law measure ids, in the order of {@link SliceAnswer} columns. */
    public static final List<String> IDS = List.of(TargetedSocialAssistance.ID, BirthAllowance.ID,
            ChildCareAllowance.ID, MultiChildAllowance.ID, AwardedMotherAllowance.ID, DisabledChildCarerAllowance.ID,
            DisabilityBenefit.ID);

    /** DMN decision names, same order. */
    public static final List<String> DECISIONS = List.of("Targeted social assistance", "Birth allowance",
            "Childcare allowance", "Multichild allowance", "Awarded mother allowance", "Disabled child carer allowance",
            "Disability benefit");

    public static final String CATEGORY_DECISION = "Wellbeing category";

    private SliceMeasures() {
    }

    /** The law's measure objects of the slice (for a {@code FamilyEvaluator} restricted to it). */
    public static List<Measure> measures() {
        return IDS.stream().map(id -> Measures.byId(id).orElseThrow()).toList();
    }
}
