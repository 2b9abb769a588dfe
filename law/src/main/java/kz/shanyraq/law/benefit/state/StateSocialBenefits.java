package kz.shanyraq.law.benefit.state;

import kz.shanyraq.law.measure.Measure;

import java.util.List;

/** State social benefits (ГСП) for disability and loss of breadwinner. */
public final class StateSocialBenefits {

    private StateSocialBenefits() {
    }

    /** Every measure of this group, in the order they are reported. */
    public static List<Measure> all() {
        return List.of(new DisabilityBenefit(), new SurvivorBenefit());
    }
}
