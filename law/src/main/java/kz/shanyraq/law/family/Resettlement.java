package kz.shanyraq.law.family;

import java.time.LocalDate;

/**
 * The family moved under the regional quota for kandas and resettlers.
 *
 * @param rentSubsidyRateMrp the monthly rent-and-utilities subsidy the local authority set, in МРП (15–30)
 */
public record Resettlement(ResettlerKind kind, boolean inRegionalQuota, String fromRegion, LocalDate settledOn,
                           Integer rentSubsidyRateMrp) {
}
