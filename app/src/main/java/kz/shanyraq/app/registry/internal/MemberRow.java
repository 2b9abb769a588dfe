package kz.shanyraq.app.registry.internal;

import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.Sex;

import java.time.LocalDate;

/** A member of a family on a date, as the membership and person tables hold them. */
record MemberRow(long personId, String iin, LocalDate birthDate, Sex sex, Long motherId, Integer birthOrder,
                 Relation relation, LocalDate memberFrom, LocalDate memberTo) {

    String id() {
        return Long.toString(personId);
    }
}
