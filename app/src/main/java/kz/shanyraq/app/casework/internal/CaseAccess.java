package kz.shanyraq.app.casework.internal;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.app.casework.CaseRefusedException;
import kz.shanyraq.app.casework.Officer;
import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.AccessPolicy;
import kz.shanyraq.app.security.Role;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what on a case, like the family card: the role first, then the family's territory; each read of the
 * family's persons and each refusal goes to the audit trail (action {@code family-card}, purpose
 * {@code case-work}, reason {@code case N}).
 */
@Component
public class CaseAccess {

    private final AccessPolicy policy;
    private final AuditTrail audit;

    CaseAccess(AccessPolicy policy, AuditTrail audit) {
        this.policy = policy;
        this.audit = audit;
    }

    /** Refuses (409, nothing changed) a step the officer's role does not take. */
    public void requireRole(Officer officer, String step, Role... roles) {
        if (!Arrays.asList(roles).contains(officer.user().role())) {
            throw new CaseRefusedException("role-not-allowed", "A " + officer.user().role().code()
                    + " may not " + step + "; this is done by: "
                    + String.join(", ", Arrays.stream(roles).map(Role::code).toList()) + ".");
        }
    }

    /** Refuses (403, audited) an officer outside the case's territory. National staff and the portal pass. */
    public void requireTerritory(Officer officer, long caseId, Long familyId, Territory territory) {
        if (officer.user().role() == Role.PORTAL) {
            return;
        }
        Optional<String> refusal = policy.refusal(officer.user(), territory);
        if (refusal.isPresent()) {
            audit.record(entry(officer, null, null, familyId, null, "denied", refusal.get() + "; case " + caseId));
            throw new AccessRefusedException(refusal.get());
        }
    }

    /** One audit row per person of the case's family read. */
    public void recordRead(Officer officer, long caseId, long familyId, LocalDate asOf, List<PersonRead> persons) {
        List<AuditEntry> rows = new ArrayList<>();
        for (PersonRead p : persons) {
            rows.add(entry(officer, p.personId(), p.iin(), familyId, asOf, "granted", "case " + caseId));
        }
        if (rows.isEmpty()) {
            rows.add(entry(officer, null, null, familyId, asOf, "granted", "case " + caseId));
        }
        audit.recordAll(rows);
    }

    /** A person whose data a case shows. */
    public record PersonRead(Long personId, String iin) {
    }

    private static AuditEntry entry(Officer officer, Long personId, String iin, Long familyId, LocalDate asOf,
                                    String outcome, String reason) {
        return new AuditEntry(officer.name(), officer.user().role().code(), officer.channel(), "family-card",
                Purpose.CASE_WORK.code(), personId, iin, familyId, asOf, outcome, reason);
    }

    public static final Set<Role> FIELD_ROLES = Set.of(Role.CONSULTANT, Role.ASSISTANT, Role.COMMISSION,
            Role.DEPARTMENT_OFFICER);
}
