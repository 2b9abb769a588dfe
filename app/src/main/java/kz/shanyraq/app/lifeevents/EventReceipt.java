package kz.shanyraq.app.lifeevents;

/**
 * The acknowledgement of one event: it is stored and will be processed ({@code accepted}), or the same event was
 * received before ({@code duplicate}, nothing changed).
 */
public record EventReceipt(String sourceSystem, String sourceId, long eventId, Outcome outcome) {

    public enum Outcome { ACCEPTED, DUPLICATE }
}
