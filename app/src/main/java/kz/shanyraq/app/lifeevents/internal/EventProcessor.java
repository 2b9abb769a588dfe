package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.casework.ChangesOfTheFamily;
import kz.shanyraq.app.entitlements.RegistryRegionalFigures;
import kz.shanyraq.app.lifeevents.LifeEventKind;
import kz.shanyraq.app.proactive.ProactiveOffers;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.support.Assessment;
import kz.shanyraq.app.support.HardSituations;
import kz.shanyraq.app.support.Situation;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.parameter.ParameterBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Processes one accepted event inside the caller's transaction: reads the family as of the event's date, applies the
 * facts, reads it again, asks the law about both, offers the rights that are new and opens cases for hard life
 * situations. Everything it writes commits together with the removal of the event's work item.
 */
@Component
class EventProcessor {

    private final JdbcClient jdbc;
    private final RegistryFacts facts;
    private final FamilyRegistry registry;
    private final RegistryRegionalFigures regional;
    private final ProactiveOffers offers;
    private final HardSituations situations;
    private final FamilyAssessor assessor;
    private final FamilyAssessments assessments;
    private final ChangesOfTheFamily changes;

    EventProcessor(JdbcClient jdbc, RegistryFacts facts, FamilyRegistry registry, RegistryRegionalFigures regional,
                   ProactiveOffers offers, HardSituations situations, FamilyAssessor assessor,
                   FamilyAssessments assessments, ChangesOfTheFamily changes) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.registry = registry;
        this.regional = regional;
        this.offers = offers;
        this.situations = situations;
        this.assessor = assessor;
        this.assessments = assessments;
        this.changes = changes;
    }

    /** The law with the registry's regional figures; looked up once per batch of events. */
    ParameterBook book() {
        return regional.book();
    }

    List<StoredEvent> load(List<Long> ids) {
        return jdbc.sql("""
                select e.id, e.source_system, e.source_id, e.kind, e.effective_on, e.subject_iin, k.key, k.value
                  from life_event e left join lateral jsonb_each_text(e.payload) k on true
                 where e.id = any(:ids) order by e.id""")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    Map<Long, StoredEvent> out = new java.util.LinkedHashMap<>();
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        StoredEvent e = out.get(id);
                        if (e == null) {
                            e = new StoredEvent(id, rs.getString(2), rs.getString(3),
                                    LifeEventKind.byCode(rs.getString(4)).orElseThrow(),
                                    rs.getObject(5, LocalDate.class), rs.getString(6), new TreeMap<>());
                            out.put(id, e);
                        }
                        if (rs.getString(7) != null) {
                            e.data().put(rs.getString(7), rs.getString(8));
                        }
                    }
                    return List.copyOf(out.values());
                });
    }

    /** Applies and evaluates one event; returns the outcome recorded on it. */
    String process(StoredEvent e, ParameterBook book) {
        LocalDate on = evaluationDate(e);
        Long subject;
        Long familyId;
        if (e.kind() == LifeEventKind.BIRTH_REGISTERED) {
            long mother = facts.personId(e.data("motherIin")).orElseThrow(() -> new IllegalStateException(
                    "mother " + e.data("motherIin") + " is not in the registry"));
            familyId = facts.familyOf(mother, on).orElse(null);
            subject = null;
            if (familyId != null) {
                facts.lockFamily(familyId);
            }
            if (facts.personId(e.iin()).isPresent()) {
                return finish(e, familyId, "already registered: nothing changed");
            }
            FamilyRecord before = familyId == null ? null : registry.familyForLaw(familyId, on).orElse(null);
            Long father = e.data("fatherIin") == null ? null : facts.personId(e.data("fatherIin")).orElse(null);
            subject = facts.birth(e, mother, father, familyId);
            return finish(e, familyId, evaluate(e, subject, familyId, on, before, book));
        }
        subject = facts.personId(e.iin()).orElseThrow(() -> new IllegalStateException(
                "person " + e.iin() + " is not in the registry"));
        familyId = facts.familyOf(subject, on).orElse(null);
        if (familyId != null) {
            facts.lockFamily(familyId);
        }
        FamilyRecord before = familyId == null ? null : registry.familyForLaw(familyId, on).orElse(null);
        String note = apply(e, subject, familyId);
        String outcome = evaluate(e, subject, familyId, on, before, book);
        return finish(e, familyId, note == null ? outcome : note + "; " + outcome);
    }

    private String apply(StoredEvent e, long person, Long familyId) {
        LocalDate on = e.effectiveOn();
        switch (e.kind()) {
            case DEATH_REGISTERED -> {
                return facts.death(person, on, familyId) ? "breadwinner loss recorded" : null;
            }
            case DISABILITY_ESTABLISHED -> facts.disability(person, on,
                    e.data("validTo") == null ? null : LocalDate.parse(e.data("validTo")),
                    e.data("group") == null ? null : Integer.valueOf(e.data("group")), e.data("cause"),
                    e.data("lossPercent") == null ? null : Integer.valueOf(e.data("lossPercent")));
            case MARRIAGE -> facts.marriage(person, other(e, "spouseIin"), on);
            case DIVORCE -> facts.divorce(person, other(e, "spouseIin"), on);
            case AWARD_GRANTED -> facts.award(person, e.data("award"), on);
            case EMPLOYMENT_TERMINATED -> {
                return facts.employmentEnded(person, e.data("employerBin"), on, e.data("reason")) ? null
                        : "no running contract with employer " + e.data("employerBin") + " in the registry";
            }
            case INCOME_CHANGED -> facts.income(person, YearMonth.parse(e.data("month")), e.data("type"),
                    e.data("source"), Long.parseLong(e.data("amount")));
            case KANDAS_STATUS_GRANTED -> facts.status(person, on, "kandas");
            case STUDY_STARTED -> facts.studyStarted(person, on, Boolean.parseBoolean(e.data("fullTime")));
            case STUDY_ENDED -> facts.studyEnded(person, on);
            case CONTRIBUTIONS_REPORTED -> facts.contribution(person, YearMonth.parse(e.data("month")),
                    Long.parseLong(e.data("income")));
            case ADDRESS_CHANGED -> {
                if (familyId == null) {
                    return "the person belongs to no family: address not recorded";
                }
                facts.address(familyId, on, e.data("region"), e.data("district"), e.data("locality"));
            }
            case AGE_THRESHOLD, BIRTH_REGISTERED -> {
                // no facts: an age is read from the birth date
            }
        }
        return null;
    }

    private long other(StoredEvent e, String field) {
        return facts.personId(e.data(field)).orElseThrow(() -> new IllegalStateException(
                field + " " + e.data(field) + " is not in the registry"));
    }

    private String evaluate(StoredEvent e, long subject, Long familyId, LocalDate on, FamilyRecord before,
                            ParameterBook book) {
        if (familyId == null) {
            return "the person belongs to no family: facts recorded, nothing to evaluate";
        }
        FamilyRecord after = registry.familyForLaw(familyId, on).orElse(null);
        // Before: the family's last assessment; evaluated from the family read before the event only the first time.
        Assessment rightsBefore = assessments.of(List.of(familyId)).get(familyId);
        if (rightsBefore == null && before != null) {
            rightsBefore = assessor.assess(List.of(before.family()), List.of(on), book).get(0).assessment();
        }
        FamilyAssessor.Assessed assessed = after == null ? null
                : assessor.assess(List.of(after.family()), List.of(on), book).get(0);
        List<Entitlement> newRights = assessed == null ? List.of() : newRights(rightsBefore, assessed.rights());
        List<Long> offered = after == null ? List.of() : offers.offer(after, newRights, e.id());
        List<String> cases = situations.recognise(new Situation(e.kind().code(), e.id(), subject, on, before, after,
                rightsBefore, assessed == null ? null : assessed.assessment()));
        if (assessed != null) {
            assessments.keep(List.of(familyId), List.of(e.id()), List.of(assessed.assessment()));
        }
        return ("family " + familyId + " on " + on + ": " + newRights.size() + " new right(s), "
                + offered.size() + " offer(s)" + (cases.isEmpty() ? "" : ", case(s) " + String.join(", ", cases)));
    }

    /**
     * Rights after the event that the family did not have in its last assessment (by measure and beneficiary; the
     * last assessment may be of another date: an event earlier than the family's last one is compared with that).
     */
    static List<Entitlement> newRights(Assessment before, List<Entitlement> after) {
        if (before == null) {
            return after;
        }
        return after.stream().filter(r -> !before.has(r)).toList();
    }

    /**
     * The day the family is read and evaluated: the effective date; for a month's income or contributions, the first
     * day of the next month (a month's income counts only once the month is over).
     */
    static LocalDate evaluationDate(StoredEvent e) {
        if (e.kind() == LifeEventKind.INCOME_CHANGED || e.kind() == LifeEventKind.CONTRIBUTIONS_REPORTED) {
            LocalDate next = YearMonth.parse(e.data("month")).plusMonths(1).atDay(1);
            return next.isAfter(e.effectiveOn()) ? next : e.effectiveOn();
        }
        return e.effectiveOn();
    }

    private String finish(StoredEvent e, Long familyId, String outcome) {
        jdbc.sql("""
                update life_event set status = 'processed', processed_at = clock_timestamp(), family_id = :f,
                       outcome = :o where id = :id""")
                .param("f", familyId).param("o", outcome).param("id", e.id()).update();
        // Case work recalculates the АСП of a family with an active assignment (a queued follow-up).
        if (familyId != null) {
            changes.queue(List.of(e.id()), List.of(e.kind().code()), List.of(familyId), List.of(evaluationDate(e)));
        }
        return outcome;
    }
}
