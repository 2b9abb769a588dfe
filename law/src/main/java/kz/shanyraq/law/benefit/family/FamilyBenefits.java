package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.measure.Measure;

import java.util.List;

/** Family and child benefits from the republican budget (birth, child care to 1.5, multi-child, awarded mothers, carer of a child with disability). */
public final class FamilyBenefits {

    private FamilyBenefits() {
    }

    /** Every measure of this group, in the order they are reported. */
    public static List<Measure> all() {
        return List.of(new BirthAllowance(), new ChildCareAllowance(), new MultiChildAllowance(),
                new AwardedMotherAllowance(), new DisabledChildCarerAllowance());
    }
}
