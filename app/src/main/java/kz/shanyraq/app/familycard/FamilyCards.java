package kz.shanyraq.app.familycard;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.entitlements.FamilyEntitlements;
import kz.shanyraq.app.database.ChangeAwareCache;
import kz.shanyraq.app.database.TableChanges;
import kz.shanyraq.app.registry.Fact;
import kz.shanyraq.app.registry.FamilyOnDate;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.registry.PersonOnDate;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.AccessPolicy;
import kz.shanyraq.law.family.Iin;
import kz.shanyraq.law.family.Member;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Opens family cards and looks persons up, for a reader with a purpose. The order is fixed: check the role,
 * find the subject, check the territory, write the audit record, and only then return data.
 */
@Service
public class FamilyCards {

    static final String CARD = "family-card";
    static final String LOOKUP = "person-lookup";
    static final String SEARCH = "family-search";

    private final FamilyRegistry registry;
    private final FamilyEntitlements entitlements;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    /**
     * The registry's reading of a family, kept until one of its tables changes: a card read again reads no registry
     * table. Whether it exists and where it lives now (for the territory check) are kept apart from its content, so
     * nothing of a family is read before the reader is known to be allowed to see it.
     */
    private final ChangeAwareCache<FamilyOnDate, Optional<Optional<Territory>>> territories;
    private final ChangeAwareCache<FamilyOnDate, Optional<FamilyRecord>> records;

    FamilyCards(FamilyRegistry registry, FamilyEntitlements entitlements, AccessPolicy policy, AuditTrail audit,
                Clock clock, TableChanges changes) {
        this.registry = registry;
        this.entitlements = entitlements;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.territories = new ChangeAwareCache<>(changes, 4096, FamilyRegistry.TABLES);
        this.records = new ChangeAwareCache<>(changes, 1024, FamilyRegistry.TABLES);
    }

    /** The family card as of a date, with what the law gives the family on that date. */
    public FamilyCard open(Reader reader, long familyId, LocalDate on) {
        refuseByRole(reader, CARD, null, null, familyId, on);
        LocalDate today = LocalDate.now(clock);
        Optional<Optional<Territory>> known = territories.get(new FamilyOnDate(familyId, today),
                () -> registry.existingFamilyTerritory(familyId, today));
        if (known.isEmpty()) {
            throw notFound(reader, entry(reader, CARD, null, null, familyId, on, "not-found", "no such family"),
                    new NotInRegistryException("family", "no family " + familyId + " in the registry"));
        }
        refuseByTerritory(reader, CARD, null, null, familyId, on, known.get().orElse(null));
        FamilyRecord record = records.get(new FamilyOnDate(familyId, on), () -> registry.family(familyId, on))
                .orElseThrow();
        List<AuditEntry> reads = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Member m : record.family().members()) {
            seen.add(m.iin());
            reads.add(entry(reader, CARD, Long.valueOf(m.id()), m.iin(), familyId, on, "granted", null));
        }
        // Others the card names by IIN (the deceased breadwinner, a person cared for outside the family) are read too.
        for (Fact fact : record.facts()) {
            fact.details().forEach((name, value) -> {
                if (name.endsWith("-iin") && seen.add(value)) {
                    reads.add(entry(reader, CARD, null, value, familyId, on, "granted", "named on the card: " + name));
                }
            });
        }
        if (reads.isEmpty()) {
            reads.add(entry(reader, CARD, null, null, familyId, on, "granted", "no members on the date"));
        }
        audit.recordAll(reads);
        return new FamilyCard(record, entitlements.evaluate(record.family(), on));
    }

    /** The family a person belongs to on a date: the step from an IIN typed in a search to a family card. */
    public long findFamily(Reader reader, Iin iin, LocalDate on) {
        refuseByRole(reader, SEARCH, null, iin.value(), null, on);
        PersonOnDate person = registry.person(iin.value(), on).orElse(null);
        if (person == null) {
            throw notFound(reader, entry(reader, SEARCH, null, iin.value(), null, on, "not-found", "no such person"),
                    new NotInRegistryException("person", "no person with this IIN in the registry"));
        }
        if (person.familyId() == null) {
            throw notFound(reader, entry(reader, SEARCH, person.id(), iin.value(), null, on, "not-found",
                    "no family on the date"),
                    new NotInRegistryException("person-without-family", "the person belongs to no family on " + on));
        }
        refuseByTerritory(reader, SEARCH, person.id(), iin.value(), person.familyId(), on);
        audit.record(entry(reader, SEARCH, person.id(), iin.value(), person.familyId(), on, "granted", null));
        return person.familyId();
    }

    /** A person by IIN as of a date: status, family and relation on that date. */
    public PersonOnDate lookUp(Reader reader, Iin iin, LocalDate on) {
        refuseByRole(reader, LOOKUP, null, iin.value(), null, on);
        PersonOnDate person = registry.person(iin.value(), on).orElse(null);
        if (person == null) {
            throw notFound(reader, entry(reader, LOOKUP, null, iin.value(), null, on, "not-found", "no such person"),
                    new NotInRegistryException("person", "no person with this IIN in the registry"));
        }
        // A person outside any family has no territory: only national staff may read them.
        Long familyId = person.familyId() != null ? person.familyId()
                : registry.person(iin.value(), LocalDate.now(clock)).map(PersonOnDate::familyId).orElse(null);
        refuseByTerritory(reader, LOOKUP, person.id(), iin.value(), familyId, on);
        audit.record(entry(reader, LOOKUP, person.id(), iin.value(), familyId, on, "granted", null));
        return person;
    }

    private void refuseByRole(Reader reader, String action, Long personId, String iin, Long familyId, LocalDate on) {
        Optional<String> refusal = policy.refusalByRole(reader.user());
        if (refusal.isPresent()) {
            audit.record(entry(reader, action, personId, iin, familyId, on, "denied", refusal.get()));
            throw new AccessRefusedException(refusal.get());
        }
    }

    private void refuseByTerritory(Reader reader, String action, Long personId, String iin, Long familyId,
                                   LocalDate on) {
        refuseByTerritory(reader, action, personId, iin, familyId, on, familyId == null ? null
                : registry.responsibleTerritory(familyId, LocalDate.now(clock)).orElse(null));
    }

    private void refuseByTerritory(Reader reader, String action, Long personId, String iin, Long familyId,
                                   LocalDate on, Territory territory) {
        Optional<String> refusal = policy.refusal(reader.user(), territory);
        if (refusal.isPresent()) {
            audit.record(entry(reader, action, personId, iin, familyId, on, "denied", refusal.get()));
            throw new AccessRefusedException(policy.shownReason(reader.user(), refusal.get()));
        }
    }

    /**
     * Audits the true answer; a reader with a territory gets the same refusal as for a family outside it, so that
     * refusals do not tell which families or persons exist.
     */
    private RuntimeException notFound(Reader reader, AuditEntry truth, NotInRegistryException answer) {
        audit.record(truth);
        return policy.mayLearnAbsence(reader.user()) ? answer : new AccessRefusedException("outside-territory");
    }

    private static AuditEntry entry(Reader reader, String action, Long personId, String iin, Long familyId,
                                    LocalDate on, String outcome, String reason) {
        return new AuditEntry(reader.user().getUsername(), reader.user().role().code(), reader.channel(), action,
                reader.purpose().code(), personId, iin, familyId, on, outcome, reason);
    }
}
