package kz.shanyraq.app.registry;

import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Sex;

import java.time.LocalDate;

/**
 * A person as the registry knows them on a date.
 *
 * @param status residence status on the date; {@code null} when the registry holds none for that date
 * @param familyId the family the person belongs to on the date; {@code null} if none
 * @param relation relation to the head of that family; {@code null} if no family
 */
public record PersonOnDate(long id, String iin, LocalDate birthDate, Sex sex, LocalDate deathDate,
                           ResidenceStatus status, Long familyId, Relation relation, LocalDate on) {

    public boolean aliveOn(LocalDate day) {
        return !birthDate.isAfter(day) && (deathDate == null || deathDate.isAfter(day));
    }
}
