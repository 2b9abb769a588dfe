package kz.shanyraq.app.recompute;

/** A reader asked for aggregates of a territory outside their own, or a page their role does not see. */
public class OutsideTerritoryException extends RuntimeException {

    private final String reason;

    OutsideTerritoryException(String region) {
        this("outside-territory", "region " + region + " is outside your territory");
    }

    OutsideTerritoryException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
