package kz.shanyraq.app.support;

import kz.shanyraq.law.measure.Entitlement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the law said about a family on a day, as much as life events compare before and after an event: its rights
 * (measure and beneficiary) and its well-being category and level. Kept per family ({@code family_assessment}) so that
 * the next event need not evaluate the family "before" again.
 *
 * @param category well-being category 1 (extreme need) … 6 (high welfare), {@code 0} when not scored
 * @param level    2023 well-being level 1–5 (A–E), {@code 0} when not scored
 * @param rights   {@link #key keys} of the family's rights
 */
public record Assessment(LocalDate on, int category, int level, Set<String> rights) {

    public Assessment {
        rights = Set.copyOf(rights);
    }

    public static Assessment of(LocalDate on, int category, int level, Collection<Entitlement> entitlements) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entitlement e : entitlements) {
            keys.add(key(e));
        }
        return new Assessment(on, category, level, keys);
    }

    /** A right's identity across evaluations: measure and beneficiary (the amount or period may change). */
    public static String key(Entitlement e) {
        return e.measure() + "/" + e.beneficiary();
    }

    public boolean has(Entitlement e) {
        return rights.contains(key(e));
    }

    /** Whether any beneficiary has a right under the measure. */
    public boolean hasMeasure(String measure) {
        String prefix = measure + "/";
        return rights.stream().anyMatch(r -> r.startsWith(prefix));
    }

    /** In category 1 (lacks money for food) or 2 (in need). */
    public boolean inNeed() {
        return category >= 1 && category <= 2;
    }
}
