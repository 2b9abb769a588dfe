package kz.shanyraq.app.casework;

/**
 * A step the case's rules do not allow now (a decision without a commission conclusion, a sanction on an unconditional
 * assignment, approval by the preparer …). Nothing was changed. {@code reason} is a stable code.
 */
public class CaseRefusedException extends RuntimeException {

    private final String reason;

    public CaseRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
