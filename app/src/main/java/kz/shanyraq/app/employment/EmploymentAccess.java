package kz.shanyraq.app.employment;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.AccessPolicy;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may do what at the career centre: the role first, then the person's territory (the consultant's district or
 * region; national staff pass); every read of a person's data and every refusal is audited (action
 * {@code person-lookup}, purpose {@code case-work}, reason naming the registration).
 */
@Component
class EmploymentAccess {

    /** Career-centre staff who work with job seekers (the consultant; the assistant accompanies families). */
    static final Role[] CAREER_CENTRE = {Role.CONSULTANT, Role.ASSISTANT};

    private final AccessPolicy policy;
    private final AuditTrail audit;

    EmploymentAccess(AccessPolicy policy, AuditTrail audit) {
        this.policy = policy;
        this.audit = audit;
    }

    void requireRole(ShanyraqUser user, String step, Role... roles) {
        if (!Arrays.asList(roles).contains(user.role())) {
            throw new EmploymentRefusedException("role-not-allowed", "A " + user.role().code() + " may not " + step
                    + "; this is done by: " + String.join(", ", Arrays.stream(roles).map(Role::code).toList()) + ".",
                    null);
        }
    }

    /** Refuses (403, audited) a user outside the person's territory; the portal files for the citizen. */
    void requireTerritory(ShanyraqUser user, String channel, Territory territory, Long personId, String iin,
                          String about) {
        if (user.role() == Role.PORTAL) {
            return;
        }
        Optional<String> refusal = policy.refusal(user, territory);
        if (refusal.isPresent()) {
            audit.record(entry(user, channel, personId, iin, "denied", refusal.get() + "; " + about));
            throw new AccessRefusedException(refusal.get());
        }
    }

    /** One audit row for a person's data shown or used. */
    void recordRead(ShanyraqUser user, String channel, Long personId, String iin, String about) {
        audit.record(entry(user, channel, personId, iin, "granted", about));
    }

    private static AuditEntry entry(ShanyraqUser user, String channel, Long personId, String iin, String outcome,
                                    String reason) {
        return new AuditEntry(user.getUsername(), user.role().code(), channel, "person-lookup",
                Purpose.CASE_WORK.code(), personId, iin, null, null, outcome, reason);
    }
}
