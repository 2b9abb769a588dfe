package kz.shanyraq.app.familycard;

/**
 * The reader may not see this data; the refusal is already in the audit trail.
 *
 * @see kz.shanyraq.app.security.AccessPolicy for the reason codes
 */
public class AccessRefusedException extends RuntimeException {

    private final String reason;

    public AccessRefusedException(String reason) {
        super("access refused: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
