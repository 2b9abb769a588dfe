package kz.shanyraq.law.assistance;

import kz.shanyraq.law.measure.Measure;

import java.util.List;

/** Targeted social assistance (АСП) and its child supplement. */
public final class AssistanceMeasures {

    private AssistanceMeasures() {
    }

    /** Every measure of this group, in the order they are reported. */
    public static List<Measure> all() {
        return List.of(new TargetedSocialAssistance(), new AspChildSupplement());
    }
}
