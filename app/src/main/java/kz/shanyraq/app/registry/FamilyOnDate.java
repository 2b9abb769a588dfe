package kz.shanyraq.app.registry;

import java.time.LocalDate;

/** A family to read as of a date (one request of a bulk reading). */
public record FamilyOnDate(long familyId, LocalDate on) {
}
