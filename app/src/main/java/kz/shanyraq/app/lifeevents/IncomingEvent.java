package kz.shanyraq.app.lifeevents;

import java.util.Map;

/**
 * A life event as a source system sends it (JSON; see docs/life-events.md and life-event.schema.json). Everything is
 * text until validated; {@code data} holds the fields of the kind.
 */
public record IncomingEvent(String sourceSystem, String sourceId, String kind, String effectiveOn, String iin,
                            Map<String, String> data) {

    public IncomingEvent {
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
