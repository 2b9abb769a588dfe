package kz.shanyraq.app.support;

import kz.shanyraq.app.registry.FamilyRecord;

import java.time.LocalDate;

/**
 * What a processed life event changed for a family: the family as of the event's date after the event (and before
 * it, when read: the family's first event, or a rule that reads it, see {@link HardSituations#readsFamilyBefore}),
 * and what the law said before (the family's last assessment) and says after.
 *
 * @param personId the registry id of the event's subject
 * @param subjectDisabledBefore whether the subject was disabled on the date before the event, when that was read
 *                              instead of the whole family before ({@link HardSituations#readsDisabilityBefore});
 *                              {@code null} otherwise
 */
public record Situation(String eventKind, long eventId, long personId, LocalDate on, FamilyRecord before,
                        FamilyRecord after, Assessment rightsBefore, Assessment rightsAfter,
                        Boolean subjectDisabledBefore) {

    /** A situation whose "before", when needed, is the family read before the event. */
    public Situation(String eventKind, long eventId, long personId, LocalDate on, FamilyRecord before,
                     FamilyRecord after, Assessment rightsBefore, Assessment rightsAfter) {
        this(eventKind, eventId, personId, on, before, after, rightsBefore, rightsAfter, null);
    }
}
