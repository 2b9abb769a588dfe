package kz.shanyraq.law.benefit.resettlement;

import kz.shanyraq.law.measure.Measure;

import java.util.List;

/** Subsidies to kandas and resettlers moving under the regional quota. */
public final class ResettlementSubsidies {

    private ResettlementSubsidies() {
    }

    /** Every measure of this group, in the order they are reported. */
    public static List<Measure> all() {
        return List.of(new RelocationSubsidy(), new RentSubsidy());
    }
}
