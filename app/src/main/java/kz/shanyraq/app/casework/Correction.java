package kz.shanyraq.app.casework;

import java.time.Instant;
import java.time.YearMonth;

/**
 * What the applicant corrected beside the registry's value, who recorded it and why. Kinds: {@code income} (a
 * member's income of one type in one month: {@code registryValue} → {@code correctedValue}) and
 * {@code member-absent} (a member the registry lists who does not live with the family). The registry is never
 * changed; the law evaluates the corrected family.
 */
public record Correction(long id, String kind, String memberId, YearMonth month, String incomeType, Long registryValue,
                         Long correctedValue, String reason, String correctedBy, Instant correctedAt) {
}
