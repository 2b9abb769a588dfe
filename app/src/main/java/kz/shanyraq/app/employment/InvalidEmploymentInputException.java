package kz.shanyraq.app.employment;

/** Input that cannot be used, naming the field. Nothing was written. */
public class InvalidEmploymentInputException extends RuntimeException {

    private final String field;

    public InvalidEmploymentInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
