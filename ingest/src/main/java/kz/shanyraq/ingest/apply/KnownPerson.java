package kz.shanyraq.ingest.apply;

import java.time.LocalDate;

/**
 * A person a batch refers to, as the registry or the batch itself knows them.
 *
 * @param id the registry id, or {@code null} while the person is new in this batch (given one before writing)
 * @param sex {@code F} or {@code M}
 */
public record KnownPerson(Long id, LocalDate birthDate, String sex) {
}
