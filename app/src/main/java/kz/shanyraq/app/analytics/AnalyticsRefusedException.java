package kz.shanyraq.app.analytics;

/** A request analytics refuses (role, invalid field, unknown run or month): the status, a reason code and why. */
public class AnalyticsRefusedException extends RuntimeException {

    private final int status;
    private final String reason;

    AnalyticsRefusedException(int status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    static AnalyticsRefusedException role() {
        return new AnalyticsRefusedException(403, "role-not-allowed",
                "analytics is for analysts, operators and administrators (aggregates only)");
    }

    static AnalyticsRefusedException notFound(String what) {
        return new AnalyticsRefusedException(404, "not-found", what);
    }

    static AnalyticsRefusedException invalid(String field, String message) {
        return new AnalyticsRefusedException(400, "invalid-" + field, field + ": " + message);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }
}
