package kz.shanyraq.app.labour;

/** A request the caller's role or territory does not allow, or about an enterprise or run that does not exist. */
public class LabourRefusedException extends RuntimeException {

    private final int status;
    private final String reason;

    LabourRefusedException(int status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    static LabourRefusedException role() {
        return new LabourRefusedException(403, "role-not-allowed",
                "only labour inspectors (their region) and analysts (aggregates) work with the labour-risk map");
    }

    static LabourRefusedException territory(String region) {
        return new LabourRefusedException(403, "outside-territory", "region " + region + " is outside your territory");
    }

    static LabourRefusedException notFound(String what) {
        return new LabourRefusedException(404, "not-found", what);
    }

    static LabourRefusedException invalid(String field, String message) {
        return new LabourRefusedException(400, "invalid-" + field, field + ": " + message);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }
}
