package kz.shanyraq.app.web.api;

import kz.shanyraq.app.registry.PersonOnDate;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Sex;

import java.time.LocalDate;

/**
 * A person as of a date.
 *
 * @param status residence status on the date; {@code null} when the registry holds none
 * @param familyId the family the person belongs to on the date, if any
 */
record PersonResponse(long personId, String iin, LocalDate birthDate, Sex sex, LocalDate deathDate,
                      ResidenceStatus status, Long familyId, Relation relation, LocalDate on) {

    static PersonResponse of(PersonOnDate p) {
        return new PersonResponse(p.id(), p.iin(), p.birthDate(), p.sex(), p.deathDate(), p.status(), p.familyId(),
                p.relation(), p.on());
    }
}
