package kz.shanyraq.law.measure;

/** A measure was asked about with an unknown key or an impossible value; the message names it. */
public class InvalidInputException extends RuntimeException {
    private final String key;

    public InvalidInputException(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
