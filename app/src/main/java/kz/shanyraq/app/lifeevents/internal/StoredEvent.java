package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.lifeevents.LifeEventKind;

import java.time.LocalDate;
import java.util.Map;

/** An accepted event as the worker reads it back from {@code life_event}. */
record StoredEvent(long id, String sourceSystem, String sourceId, LifeEventKind kind, LocalDate effectiveOn,
                   String iin, Map<String, String> data) {

    String data(String name) {
        return data.get(name);
    }
}
