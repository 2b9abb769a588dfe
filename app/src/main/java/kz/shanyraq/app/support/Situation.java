package kz.shanyraq.app.support;

import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.law.evaluation.FamilyEvaluation;

import java.time.LocalDate;

/**
 * What a processed life event changed for a family: the family as of the event's date before and after the event,
 * and what the law says before and after.
 *
 * @param personId the registry id of the event's subject
 */
public record Situation(String eventKind, long eventId, long personId, LocalDate on, FamilyRecord before,
                        FamilyRecord after, FamilyEvaluation rightsBefore, FamilyEvaluation rightsAfter) {
}
