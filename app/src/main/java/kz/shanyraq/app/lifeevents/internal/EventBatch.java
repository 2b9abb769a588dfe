package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.casework.ChangesOfTheFamily;
import kz.shanyraq.app.lifeevents.LifeEventKind;
import kz.shanyraq.app.proactive.ProactiveOffers;
import kz.shanyraq.app.registry.FamilyOnDate;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Processes a batch of events in the caller's transaction with a few statements per registry table for the whole
 * batch instead of some fifty per event, giving each event what {@link EventProcessor#process} gives it when the
 * events are processed one by one in id order ({@code BatchedProcessingTest} compares the two).
 *
 * <ul>
 *   <li>The events' persons and families are looked up at once; each family is locked without waiting (a family
 *       another worker holds is left in the outbox for a later round).</li>
 *   <li>Events of one family are processed in id order, one per <em>wave</em>: the first event of every family in
 *       the first wave, the second in the second, … A wave reads its families as of each event's date (before), applies
 *       the facts, reads them again (after), evaluates both, and writes offers, SMS, cases and outcomes, each with one
 *       statement for the wave.</li>
 *   <li>Frequent kinds (birth, income, contributions, disability, job loss, age threshold) are applied in bulk; the
 *       rare ones, and events of a person without a family, go through {@link EventProcessor#process} inside their
 *       wave.</li>
 *   <li>An event whose person is not in the registry is not processed here: the worker retries it alone, where it
 *       fails as it would have before.</li>
 * </ul>
 */
@Component
class EventBatch {

    private static final Set<LifeEventKind> BULK = EnumSet.of(LifeEventKind.BIRTH_REGISTERED,
            LifeEventKind.INCOME_CHANGED, LifeEventKind.CONTRIBUTIONS_REPORTED, LifeEventKind.DISABILITY_ESTABLISHED,
            LifeEventKind.EMPLOYMENT_TERMINATED, LifeEventKind.AGE_THRESHOLD);

    private final JdbcClient jdbc;
    private final RegistryFacts facts;
    private final FamilyRegistry registry;
    private final ProactiveOffers offers;
    private final HardSituations situations;
    private final EventProcessor single;
    private final FamilyAssessor assessor;
    private final FamilyAssessments assessments;
    private final ChangesOfTheFamily changes;
    /**
     * Families of the events this server's batches claimed, as they located them: what another worker needs to know
     * whether a family has an earlier event still held ({@link RegistryFacts#familiesWithEarlierEvents}).
     */
    private final Map<Long, Long> locatedFamilies = new java.util.concurrent.ConcurrentHashMap<>();

    EventBatch(JdbcClient jdbc, RegistryFacts facts, FamilyRegistry registry, ProactiveOffers offers,
               HardSituations situations, EventProcessor single, FamilyAssessor assessor,
               FamilyAssessments assessments, ChangesOfTheFamily changes) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.registry = registry;
        this.offers = offers;
        this.situations = situations;
        this.single = single;
        this.assessor = assessor;
        this.assessments = assessments;
        this.changes = changes;
    }

    /**
     * What became of a batch: events processed (their work items can go), events to retry alone (in their own
     * transactions), and the rest left for a later round (their family was busy in another worker).
     */
    record Result(List<Long> processed, List<Long> alone) {
    }

    /** One event with what the batch found out about it. */
    private static final class Item {
        final StoredEvent event;
        final LocalDate on;
        Long subject;
        Long mother;
        Long familyId;
        String outcome;

        Item(StoredEvent event) {
            this.event = event;
            this.on = EventProcessor.evaluationDate(event);
        }

        boolean bulk() {
            return familyId != null && BULK.contains(event.kind());
        }
    }

    Result process(List<StoredEvent> events, ParameterBook book) {
        List<Long> alone = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        Set<String> iins = new HashSet<>();
        for (StoredEvent e : events) {
            iins.add(e.iin());
            for (String f : List.of("motherIin", "fatherIin", "spouseIin")) {
                if (e.data(f) != null) {
                    iins.add(e.data(f));
                }
            }
        }
        Map<String, Long> persons = facts.personIds(iins);
        List<Item> located = new ArrayList<>();
        List<Long> who = new ArrayList<>();
        List<LocalDate> when = new ArrayList<>();
        for (StoredEvent e : events) {
            Item item = new Item(e);
            boolean birth = e.kind() == LifeEventKind.BIRTH_REGISTERED;
            Long person = birth ? persons.get(e.data("motherIin")) : persons.get(e.iin());
            boolean missing = person == null;
            missing |= e.data("spouseIin") != null && !persons.containsKey(e.data("spouseIin"));
            if (missing) {
                // The single path throws for it and records the failure.
                alone.add(e.id());
                continue;
            }
            if (birth) {
                item.mother = person;
            } else {
                item.subject = person;
            }
            located.add(item);
            who.add(person);
            when.add(item.on);
        }
        List<Long> families = facts.familiesOf(who, when);
        Set<Long> wanted = new HashSet<>();
        for (int i = 0; i < located.size(); i++) {
            located.get(i).familyId = families.get(i);
            if (families.get(i) != null) {
                wanted.add(families.get(i));
            }
        }
        // A family with an earlier event another worker claimed and left (while this worker held the family) waits
        // for it: without this, a later event of the family could be applied before that earlier one.
        if (!events.isEmpty()) {
            if (locatedFamilies.size() > 100_000) {
                // Only a hint: events processed alone or set aside are never removed; forget them all now and then.
                locatedFamilies.clear();
            }
            for (Item item : located) {
                if (item.familyId != null) {
                    locatedFamilies.put(item.event.id(), item.familyId);
                }
            }
            wanted.removeAll(facts.familiesWithEarlierEvents(wanted,
                    events.stream().mapToLong(StoredEvent::id).max().getAsLong(),
                    events.stream().map(StoredEvent::id).toList(), locatedFamilies));
        }
        Set<Long> locked = facts.tryLockFamilies(wanted);
        // Waves: the n-th event of a family (or of a person without one) goes into wave n.
        Map<String, Integer> seen = new HashMap<>();
        List<List<Item>> waves = new ArrayList<>();
        List<Long> processed = new ArrayList<>();
        for (Item item : located) {
            if (item.familyId != null && !locked.contains(item.familyId)) {
                continue;
            }
            String key = item.familyId != null ? "f" + item.familyId
                    : "p" + (item.subject != null ? item.subject : item.mother);
            int wave = seen.merge(key, 1, Integer::sum) - 1;
            while (waves.size() <= wave) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(item);
            items.add(item);
        }
        for (List<Item> wave : waves) {
            wave(wave, book);
        }
        finish(items.stream().filter(i -> i.outcome != null).toList());
        for (Item item : items) {
            processed.add(item.event.id());
            // Rolled back with the round? Then the next claim locates it again.
            locatedFamilies.remove(item.event.id());
        }
        return new Result(processed, alone);
    }

    private void wave(List<Item> wave, ParameterBook book) {
        List<Item> bulk = new ArrayList<>();
        for (Item item : wave) {
            if (item.bulk()) {
                bulk.add(item);
            } else {
                // Rare kinds and persons without a family: the one-by-one path, which records its own outcome.
                single.process(item.event, book);
            }
        }
        if (bulk.isEmpty()) {
            return;
        }
        // A newborn already registered (the same birth reported by another source): nothing changes.
        Set<String> newborns = new HashSet<>();
        for (Item item : bulk) {
            if (item.event.kind() == LifeEventKind.BIRTH_REGISTERED) {
                newborns.add(item.event.iin());
            }
        }
        Set<String> registered = facts.personIds(newborns).keySet();
        List<Item> applying = new ArrayList<>();
        for (Item item : bulk) {
            if (item.event.kind() == LifeEventKind.BIRTH_REGISTERED && registered.contains(item.event.iin())) {
                item.outcome = "already registered: nothing changed";
            } else {
                applying.add(item);
            }
        }
        if (applying.isEmpty()) {
            return;
        }
        // Before: each family's last assessment. The family itself is read before the facts only where there is
        // none (its first event) or where a rule for the event's kind reads it.
        Map<Long, Assessment> stored = assessments.of(applying.stream().map(i -> i.familyId).toList());
        List<Integer> readBefore = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            Item item = applying.get(i);
            if (!stored.containsKey(item.familyId) || situations.readsFamilyBefore(item.event.kind().code())) {
                readBefore.add(i);
            }
        }
        List<FamilyRecord> before = new ArrayList<>(java.util.Collections.nCopies(applying.size(), null));
        List<Optional<FamilyRecord>> read = registry.familiesForLaw(readBefore.stream()
                .map(i -> new FamilyOnDate(applying.get(i).familyId, applying.get(i).on)).toList());
        for (int j = 0; j < readBefore.size(); j++) {
            before.set(readBefore.get(j), read.get(j).orElse(null));
        }
        List<kz.shanyraq.law.family.Family> unassessed = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            FamilyRecord b = before.get(i);
            unassessed.add(stored.containsKey(applying.get(i).familyId) || b == null ? null : b.family());
        }
        List<FamilyAssessor.Assessed> evaluatedBefore = assessor.assess(unassessed,
                applying.stream().map(i -> i.on).toList(), book);
        // Rules that only ask whether the subject was disabled before the event: that, not the whole family.
        List<Integer> disabilityBefore = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            Item item = applying.get(i);
            if (before.get(i) == null && item.subject != null
                    && situations.readsDisabilityBefore(item.event.kind().code())) {
                disabilityBefore.add(i);
            }
        }
        Boolean[] disabledBefore = new Boolean[applying.size()];
        List<kz.shanyraq.law.family.Disability> disabilities = registry.disabilitiesOn(
                disabilityBefore.stream().map(i -> applying.get(i).subject).toList(),
                disabilityBefore.stream().map(i -> applying.get(i).on).toList());
        for (int j = 0; j < disabilityBefore.size(); j++) {
            kz.shanyraq.law.family.Disability d = disabilities.get(j);
            LocalDate on = applying.get(disabilityBefore.get(j)).on;
            disabledBefore[disabilityBefore.get(j)] = d != null && d.activeOn(on);
        }
        Map<Item, String> notes = apply(applying, persons(applying));
        List<FamilyOnDate> requests = applying.stream().map(i -> new FamilyOnDate(i.familyId, i.on)).toList();
        List<Optional<FamilyRecord>> after = registry.familiesForLaw(requests);
        List<FamilyAssessor.Assessed> evaluatedAfter = assessor.assess(after.stream()
                .map(a -> a.map(FamilyRecord::family).orElse(null)).toList(),
                applying.stream().map(i -> i.on).toList(), book);

        List<ProactiveOffers.NewRights> found = new ArrayList<>();
        List<Situation> recognised = new ArrayList<>();
        List<Integer> newRightCounts = new ArrayList<>();
        List<Long> keptFamilies = new ArrayList<>();
        List<Long> keptEvents = new ArrayList<>();
        List<Assessment> kept = new ArrayList<>();
        for (int i = 0; i < applying.size(); i++) {
            Item item = applying.get(i);
            FamilyRecord b = before.get(i);
            FamilyRecord a = after.get(i).orElse(null);
            Assessment rightsBefore = stored.containsKey(item.familyId) ? stored.get(item.familyId)
                    : evaluatedBefore.get(i) == null ? null : evaluatedBefore.get(i).assessment();
            FamilyAssessor.Assessed rightsAfter = evaluatedAfter.get(i);
            List<Entitlement> newRights = rightsAfter == null ? List.of()
                    : EventProcessor.newRights(rightsBefore, rightsAfter.rights());
            newRightCounts.add(newRights.size());
            found.add(new ProactiveOffers.NewRights(a, a == null ? List.of() : newRights, item.event.id()));
            recognised.add(new Situation(item.event.kind().code(), item.event.id(), item.subject, item.on, b, a,
                    rightsBefore, rightsAfter == null ? null : rightsAfter.assessment(), disabledBefore[i]));
            if (rightsAfter != null) {
                keptFamilies.add(item.familyId);
                keptEvents.add(item.event.id());
                kept.add(rightsAfter.assessment());
            }
        }
        assessments.keep(keptFamilies, keptEvents, kept);
        List<List<Long>> offered = offers.offerAll(found.stream().filter(f -> f.after() != null).toList());
        List<List<String>> cases = situations.recogniseAll(recognised);
        int next = 0;
        for (int i = 0; i < applying.size(); i++) {
            Item item = applying.get(i);
            List<Long> made = found.get(i).after() == null ? List.of() : offered.get(next++);
            List<String> opened = cases.get(i);
            String outcome = "family " + item.familyId + " on " + item.on + ": " + newRightCounts.get(i)
                    + " new right(s), " + made.size() + " offer(s)"
                    + (opened.isEmpty() ? "" : ", case(s) " + String.join(", ", opened));
            String note = notes.get(item);
            item.outcome = note == null ? outcome : note + "; " + outcome;
        }
    }

    /** Fathers named by births (the only other persons the bulk kinds need). */
    private Map<String, Long> persons(List<Item> items) {
        Set<String> fathers = new HashSet<>();
        for (Item item : items) {
            if (item.event.kind() == LifeEventKind.BIRTH_REGISTERED && item.event.data("fatherIin") != null) {
                fathers.add(item.event.data("fatherIin"));
            }
        }
        return facts.personIds(fathers);
    }

    /** Writes the facts of the wave's bulk events; returns the notes the outcome starts with. */
    private Map<Item, String> apply(List<Item> items, Map<String, Long> fathers) {
        Map<Item, String> notes = new LinkedHashMap<>();
        List<Item> born = new ArrayList<>();
        List<RegistryFacts.Birth> births = new ArrayList<>();
        List<RegistryFacts.IncomeRow> incomes = new ArrayList<>();
        List<RegistryFacts.ContributionRow> contributions = new ArrayList<>();
        List<RegistryFacts.DisabilityRow> disabilities = new ArrayList<>();
        List<Item> ending = new ArrayList<>();
        List<RegistryFacts.ContractEnd> ends = new ArrayList<>();
        for (Item item : items) {
            StoredEvent e = item.event;
            switch (e.kind()) {
                case BIRTH_REGISTERED -> {
                    born.add(item);
                    births.add(new RegistryFacts.Birth(e.iin(), e.effectiveOn(), e.data("sex"), item.mother,
                            e.data("fatherIin") == null ? null : fathers.get(e.data("fatherIin")),
                            e.data("birthOrder") == null ? null : Integer.valueOf(e.data("birthOrder")),
                            item.familyId));
                }
                case INCOME_CHANGED -> incomes.add(new RegistryFacts.IncomeRow(item.subject,
                        YearMonth.parse(e.data("month")), e.data("type"), e.data("source"),
                        Long.parseLong(e.data("amount"))));
                case CONTRIBUTIONS_REPORTED -> contributions.add(new RegistryFacts.ContributionRow(item.subject,
                        YearMonth.parse(e.data("month")), Long.parseLong(e.data("income"))));
                case DISABILITY_ESTABLISHED -> disabilities.add(new RegistryFacts.DisabilityRow(item.subject,
                        e.effectiveOn(), e.data("validTo") == null ? null : LocalDate.parse(e.data("validTo")),
                        e.data("group") == null ? null : Integer.valueOf(e.data("group")), e.data("cause"),
                        e.data("lossPercent") == null ? null : Integer.valueOf(e.data("lossPercent"))));
                case EMPLOYMENT_TERMINATED -> {
                    ending.add(item);
                    ends.add(new RegistryFacts.ContractEnd(item.subject, e.data("employerBin"), e.effectiveOn(),
                            e.data("reason")));
                }
                case AGE_THRESHOLD -> {
                    // no facts: an age is read from the birth date
                }
                default -> throw new IllegalStateException("not a bulk kind: " + e.kind());
            }
        }
        List<Long> ids = facts.births(births);
        for (int i = 0; i < born.size(); i++) {
            born.get(i).subject = ids.get(i);
        }
        facts.incomes(incomes);
        facts.contributions(contributions);
        facts.disabilities(disabilities);
        boolean[] ended = facts.employmentsEnded(ends);
        for (int i = 0; i < ending.size(); i++) {
            if (!ended[i]) {
                notes.put(ending.get(i), "no running contract with employer "
                        + ending.get(i).event.data("employerBin") + " in the registry");
            }
        }
        return notes;
    }

    private void finish(List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update life_event e set status = 'processed', processed_at = clock_timestamp(), family_id = q.f,
                       outcome = q.o
                  from unnest(cast(:id as bigint[]), cast(:f as bigint[]), cast(:o as text[])) q (id, f, o)
                 where e.id = q.id""")
                .param("id", items.stream().map(i -> i.event.id()).toArray(Long[]::new))
                .param("f", items.stream().map(i -> i.familyId).toArray(Long[]::new))
                .param("o", items.stream().map(i -> i.outcome).toArray(String[]::new))
                .update();
        // Case work recalculates the АСП of families with an active assignment: queued with one statement.
        changes.queue(items.stream().map(i -> i.event.id()).toList(),
                items.stream().map(i -> i.event.kind().code()).toList(),
                items.stream().map(i -> i.familyId).toList(), items.stream().map(i -> i.on).toList());
    }
}
