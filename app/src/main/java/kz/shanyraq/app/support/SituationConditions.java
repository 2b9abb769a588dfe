package kz.shanyraq.app.support;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;

import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The vocabulary of conditions a rule may name. Rules (which event, which condition, deadline, priority) are data;
 * each condition is a few lines of code here because it reads the family before and after the event.
 */
final class SituationConditions {

    static final Map<String, Predicate<Situation>> ALL = Map.of(
            "deceased-adult-member-with-children", s -> member(s.before(), s.personId())
                    .filter(m -> m.ageOn(s.on()) >= 18).isPresent() && hasChildren(s.before().family(), s),
            "children-left-without-parents", s -> s.after() != null && hasChildren(s.after().family(), s)
                    && s.after().family().members().stream().noneMatch(m -> m.ageOn(s.on()) >= 18),
            // The subject was not a disabled member of the family on the date before the event. Disability events
            // do not change who is a member, so membership may be read after the event when only the subject's
            // disability was read before it.
            "no-disability-before", s -> s.subjectDisabledBefore() != null
                    ? !(s.subjectDisabledBefore() && member(s.after(), s.personId()).isPresent())
                    : member(s.before(), s.personId()).map(m -> !m.disabledOn(s.on())).orElse(true),
            "child-under-18", s -> member(s.after(), s.personId()).filter(m -> m.ageOn(s.on()) < 18).isPresent(),
            "family-has-children", s -> s.after() != null && hasChildren(s.after().family(), s),
            // Targeted social assistance is granted below the poverty line: a new right to it means the family fell
            // below the line with this event.
            "income-below-poverty-line", s -> newRight(s, "targeted-social-assistance"),
            // The event moved the family into category 1 or 2 of the well-being scoring (from a better one, or from
            // not scored): whatever the event, the family now lacks money for food or is in need.
            "category-1-or-2", s -> inNeed(s.rightsAfter()) && !inNeed(s.rightsBefore()));

    /**
     * Conditions that read the family as it was before the event (not only the law's assessment of it): for events
     * of a rule naming one, the family is read before the facts are applied.
     */
    static final java.util.Set<String> READ_FAMILY_BEFORE = java.util.Set.of("deceased-adult-member-with-children");

    /**
     * Conditions that need only whether the event's subject was disabled before the event: the batch reads that
     * ({@link Situation#subjectDisabledBefore}) instead of the whole family.
     */
    static final java.util.Set<String> READ_DISABILITY_BEFORE = java.util.Set.of("no-disability-before");

    private SituationConditions() {
    }

    private static Optional<Member> member(kz.shanyraq.app.registry.FamilyRecord record, long personId) {
        return record == null ? Optional.empty() : record.family().member(Long.toString(personId));
    }

    /** Members under 18 on the date (a deceased child does not count as a child still in the family). */
    private static boolean hasChildren(Family family, Situation s) {
        String subject = Long.toString(s.personId());
        return family.members().stream().anyMatch(m -> m.ageOn(s.on()) < 18
                && !("death-registered".equals(s.eventKind()) && subject.equals(m.id())));
    }

    private static boolean inNeed(Assessment rights) {
        return rights != null && rights.inNeed();
    }

    private static boolean newRight(Situation s, String measure) {
        if (s.rightsAfter() == null) {
            return false;
        }
        boolean before = s.rightsBefore() != null && s.rightsBefore().hasMeasure(measure);
        return !before && s.rightsAfter().hasMeasure(measure);
    }
}
