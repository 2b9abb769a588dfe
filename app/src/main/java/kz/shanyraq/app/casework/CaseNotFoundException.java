package kz.shanyraq.app.casework;

/** No such case, activity, sanction or appeal. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String message) {
        super(message);
    }
}
