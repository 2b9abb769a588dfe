package kz.shanyraq.db;

/** The registry cannot be opened at this binary's schema version; the message says why in plain words. */
public class RegistrySchemaException extends RuntimeException {

    public RegistrySchemaException(String message) {
        super(message);
    }

    public RegistrySchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
