package kz.shanyraq.app.web.api;

/** A request the API refuses before reading anything; names the field (parameter or header) and why. */
class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}
