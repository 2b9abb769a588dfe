package kz.shanyraq.app.casework;

/** Input that cannot be used, naming the field. Nothing was written. */
public class InvalidCaseInputException extends RuntimeException {

    private final String field;

    public InvalidCaseInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
