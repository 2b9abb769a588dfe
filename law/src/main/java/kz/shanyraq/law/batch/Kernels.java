package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

/**
 * Chooses the kernel of each measure. A measure that declares its conditions once ({@link MeasureWithConditions}:
 * the disability benefit, the awarded-mothers allowance, the allowance for raising a child with disability, the
 * birth and child-care allowances, the ГФСС payments for child care, maternity, loss of working capacity and job
 * loss, their amounts member by member by the measure's own function) runs on the generic {@link ConditionKernel},
 * the same declarations its {@code evaluate} explains; a measure with one decision per family that declares them
 * ({@link MeasureWithFamilyConditions}: targeted social assistance, its child supplement, the survivor benefit, the
 * multi-child allowance, the ГФСС payment for loss of a breadwinner) on the generic {@link FamilyConditionKernel}.
 * The two resettlement subsidies, whose candidates are about 0.06 % of families, run the measure object itself on
 * rebuilt families ({@link ObjectKernel}), after a column-wise candidate check.
 */
final class Kernels {

    private Kernels() {
    }

    static MeasureKernel compile(Measure measure, Law law) {
        // The measure's own "who could qualify" loop as scan flags (MemberScan.ALWAYS: every family, correct and
        // slow). Only the measures evaluated object-wise read them; the column-wise kernels skip on the scan alone.
        int candidates = switch (measure.id()) {
            case "targeted-social-assistance" -> MemberScan.MEMBERS;
            case "multichild-allowance" -> MemberScan.CHILD_OR_WARD;
            case "awarded-mother-allowance" -> MemberScan.AWARD;
            case "disabled-child-carer-allowance" -> MemberScan.DISABLED_CHILD;
            case "disability-benefit" -> MemberScan.DISABLED;
            case "birth-allowance" -> MemberScan.UNDER_ONE;
            case "childcare-allowance" -> MemberScan.UNDER_TWO;
            case "work-capacity-loss-payment" -> MemberScan.WORK_CAPACITY_LOSS;
            case "survivor-benefit" -> MemberScan.LOSS;
            case "breadwinner-loss-payment" -> MemberScan.LOSS_DATED;
            case "job-loss-payment" -> MemberScan.JOB_LOSS;
            case "maternity-payment" -> MemberScan.MATERNITY;
            case "relocation-subsidy", "rent-subsidy" -> MemberScan.RESETTLEMENT;
            default -> MemberScan.ALWAYS;
        };
        if (measure instanceof MeasureWithConditions declared) {
            return new ConditionKernel(measure, law, declared.conditions(), candidates,
                    new ObjectKernel(measure, law, candidates));
        }
        ObjectKernel object = new ObjectKernel(measure, law, candidates);
        if (measure instanceof MeasureWithFamilyConditions declared) {
            return new FamilyConditionKernel(measure, law, declared.familyConditions(), object);
        }
        return object;
    }
}
