package kz.shanyraq.app.familycard;

import kz.shanyraq.app.entitlements.EntitlementReport;
import kz.shanyraq.app.registry.FamilyRecord;

/** A family as of a date and what the law gives it on that date. */
public record FamilyCard(FamilyRecord record, EntitlementReport entitlements) {
}
