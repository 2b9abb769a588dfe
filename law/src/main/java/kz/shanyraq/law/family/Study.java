package kz.shanyraq.law.family;

import java.time.LocalDate;

/** Full-time study (очное обучение) from–until (expected graduation). */
public record Study(LocalDate from, LocalDate until) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
