package kz.shanyraq.app.support;

import kz.shanyraq.app.registry.FamilyRecord;

import java.time.LocalDate;

/**
 * What a processed life event changed for a family: the family as of the event's date after the event (and before
 * it, when read: the family's first event, or a rule that reads it, see {@link HardSituations#readsFamilyBefore}),
 * and what the law said before (the family's last assessment) and says after.
 *
 * @param personId the registry id of the event's subject
 */
public record Situation(String eventKind, long eventId, long personId, LocalDate on, FamilyRecord before,
                        FamilyRecord after, Assessment rightsBefore, Assessment rightsAfter) {
}
