package kz.shanyraq.app.familycard;

/**
 * No such person or family in the registry (on the date asked); the attempt is in the audit trail.
 *
 * @param what {@code person}, {@code family} or {@code person-without-family}
 */
public class NotInRegistryException extends RuntimeException {

    private final String what;

    public NotInRegistryException(String what, String detail) {
        super(detail);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
