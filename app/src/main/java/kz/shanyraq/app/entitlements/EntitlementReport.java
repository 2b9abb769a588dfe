package kz.shanyraq.app.entitlements;

import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;

import java.time.LocalDate;
import java.util.List;

/** Every decision of every measure for one family on one date, sorted into rights, refusals and unknowns. */
public record EntitlementReport(LocalDate on, List<Entitlement> entitlements, List<Refusal> refusals,
                                List<Undetermined> undetermined) {

    public EntitlementReport {
        entitlements = List.copyOf(entitlements);
        refusals = List.copyOf(refusals);
        undetermined = List.copyOf(undetermined);
    }

    static EntitlementReport of(LocalDate on, List<Decision> decisions) {
        return new EntitlementReport(on,
                decisions.stream().filter(Entitlement.class::isInstance).map(Entitlement.class::cast).toList(),
                decisions.stream().filter(Refusal.class::isInstance).map(Refusal.class::cast).toList(),
                decisions.stream().filter(Undetermined.class::isInstance).map(Undetermined.class::cast).toList());
    }
}
