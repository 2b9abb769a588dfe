package kz.shanyraq.app.employment;

/** A step the law, the registration's state or the caller's role does not allow (409, or 403 for a role). */
public class EmploymentRefusedException extends RuntimeException {

    private final String reason;
    private final String norm;

    public EmploymentRefusedException(String reason, String message, String norm) {
        super(message);
        this.reason = reason;
        this.norm = norm;
    }

    public String reason() {
        return reason;
    }

    /** The legal norm of the refusal, or null when it is not a rule of law (a state, a role). */
    public String norm() {
        return norm;
    }
}
