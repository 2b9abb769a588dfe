package kz.shanyraq.app.security;

import kz.shanyraq.app.registry.Territory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may read a family's personal data: a role that works with families, and a scope that includes the family's
 * territory. National users (no scope) of such a role see every territory.
 */
@Component
public class AccessPolicy {

    /** Why a read is refused, or empty when it is allowed. Codes are translated by the user interfaces. */
    public Optional<String> refusal(ShanyraqUser user, Territory familyTerritory) {
        Optional<String> byRole = refusalByRole(user);
        if (byRole.isPresent()) {
            return byRole;
        }
        if (user.scope() == null) {
            return Optional.empty();
        }
        if (familyTerritory == null) {
            return Optional.of("no-territory");
        }
        return user.scope().includes(familyTerritory) ? Optional.empty() : Optional.of("outside-territory");
    }

    /**
     * What a refused or unanswerable request may tell the reader. A reader with a territory must not learn whether a
     * family or person outside it exists: "no such family", "no such person", "belongs to no family" and "no
     * territory" are all answered as {@code outside-territory} (the audit keeps the true reason). National readers
     * see every territory, so absence tells them nothing they could not read: they get the true answer.
     */
    public boolean mayLearnAbsence(ShanyraqUser user) {
        return user.scope() == null && user.role().readsPersonalData();
    }

    /** The reason shown to the reader for a refusal whose true reason is {@code reason} (see mayLearnAbsence). */
    public String shownReason(ShanyraqUser user, String reason) {
        return user.scope() != null && "no-territory".equals(reason) ? "outside-territory" : reason;
    }

    public Optional<String> refusalByRole(ShanyraqUser user) {
        return user.role().readsPersonalData() ? Optional.empty() : Optional.of("role-without-personal-data");
    }
}
