package kz.shanyraq.app.entitlements;

import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.wellbeing.WellbeingScore;

import java.time.LocalDate;
import java.util.List;

/**
 * Every decision of every measure for one family on one date, sorted into rights, refusals and unknowns, and the
 * family's well-being scores on that date.
 *
 * @param category the well-being category 1–6 under the 2025 reference model, explained; null when not scored
 * @param level    the level A–E under the 2023 reference methodology, explained; null when not scored
 */
public record EntitlementReport(LocalDate on, List<Entitlement> entitlements, List<Refusal> refusals,
                                List<Undetermined> undetermined, WellbeingScore category, WellbeingScore level) {

    public EntitlementReport {
        entitlements = List.copyOf(entitlements);
        refusals = List.copyOf(refusals);
        undetermined = List.copyOf(undetermined);
    }

    /** A report without well-being scores. */
    public EntitlementReport(LocalDate on, List<Entitlement> entitlements, List<Refusal> refusals,
                             List<Undetermined> undetermined) {
        this(on, entitlements, refusals, undetermined, null, null);
    }

}
