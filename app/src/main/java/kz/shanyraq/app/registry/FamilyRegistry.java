package kz.shanyraq.app.registry;

import kz.shanyraq.app.registry.internal.FamilyBatchReader;
import kz.shanyraq.app.registry.internal.FamilyReader;
import kz.shanyraq.app.registry.internal.PersonReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the registry as of a date. Knows nothing of who asks or why: access control and audit belong to the
 * caller (the family card), so this stays a plain reading of the facts.
 */
@Service
@Transactional(readOnly = true)
public class FamilyRegistry {

    /**
     * The tables a family's reading ({@link #family}, {@link #existingFamilyTerritory}) depends on, each notifying its
     * changes (migration V110): what may keep such a reading must end it when one of them changes. Checked against
     * what a card really reads by {@code TableChangesTest}.
     */
    public static final String[] TABLES = {
            "family", "family_member", "family_address", "person", "person_name", "person_contact", "person_relation",
            "person_status", "income_year", "social_contribution", "employment_contract", "unemployment_registration",
            "insurance_participation", "award", "breadwinner_loss", "care_duty", "disability", "long_illness",
            "maternity_leave", "study", "resettlement", "loan", "real_estate", "vehicle", "land_plot", "livestock",
            "region", "district", "source_coverage"};

    private final PersonReader persons;
    private final FamilyReader families;
    private final FamilyBatchReader batch;

    FamilyRegistry(PersonReader persons, FamilyReader families, FamilyBatchReader batch) {
        this.persons = persons;
        this.families = families;
        this.batch = batch;
    }

    /** The person with this IIN as of the date (status and family on that date), if the registry holds them. */
    public Optional<PersonOnDate> person(String iin, LocalDate on) {
        return persons.byIin(iin, on);
    }

    /** The family as of the date, if it exists; members are those belonging to it on that date. */
    public Optional<FamilyRecord> family(long familyId, LocalDate on) {
        return families.read(familyId, on);
    }

    /**
     * The family as of the date for the law only: the same reading without the facts over time, for processing that
     * evaluates many families (life events).
     */
    public Optional<FamilyRecord> familyForLaw(long familyId, LocalDate on) {
        return families.read(familyId, on, false);
    }

    /**
     * Many families, each as of its own date, for the law: what {@link #familyForLaw} gives for each, read with one
     * query per registry table for all of them (life events are processed in batches of hundreds).
     *
     * @return in the order asked; empty where the family does not exist
     */
    public List<Optional<FamilyRecord>> familiesForLaw(List<FamilyOnDate> requests) {
        return batch.read(requests);
    }

    /**
     * Each person's disability as of their date, exactly as {@link #familiesForLaw} gives it to the person as a member
     * (one query for all); {@code null} where there is none. For a hard-life-situation rule that only needs to know
     * whether the subject of an event was disabled before it, without reading the whole family.
     */
    public List<kz.shanyraq.law.family.Disability> disabilitiesOn(List<Long> persons, List<LocalDate> dates) {
        return batch.disabilities(persons, dates);
    }

    /**
     * The territory responsible for a family on a day: its address that day, or its last known address.
     * Access is decided by where the family lives now, not by where it lived on the date of a card.
     */
    public Optional<Territory> responsibleTerritory(long familyId, LocalDate today) {
        return families.responsibleTerritory(familyId, today);
    }

    /**
     * Empty when the family does not exist; otherwise its {@link #responsibleTerritory responsible territory} (empty
     * when it never had an address), both read in one statement.
     */
    public Optional<Optional<Territory>> existingFamilyTerritory(long familyId, LocalDate today) {
        return families.existingWithTerritory(familyId, today);
    }

    public boolean familyExists(long familyId) {
        return families.exists(familyId);
    }
}
