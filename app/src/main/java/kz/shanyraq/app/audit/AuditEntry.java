package kz.shanyraq.app.audit;

import java.time.LocalDate;

/**
 * One line of the audit trail.
 *
 * @param actor the user's login
 * @param channel {@code ui} or {@code api}
 * @param action {@code family-card}, {@code person-lookup} or {@code family-search}
 * @param purpose the declared purpose's code
 * @param subjectPersonId whose data (registry id), if known
 * @param subjectIin whose data (IIN), if known
 * @param familyId the family concerned, if any
 * @param asOf the date the data was read for
 * @param outcome {@code granted}, {@code denied} or {@code not-found}
 * @param reason why it was denied or not found
 */
public record AuditEntry(String actor, String actorRole, String channel, String action, String purpose,
                         Long subjectPersonId, String subjectIin, Long familyId, LocalDate asOf, String outcome,
                         String reason) {
}
