package kz.shanyraq.app.employment;

public class EmploymentNotFoundException extends RuntimeException {
    public EmploymentNotFoundException(String message) {
        super(message);
    }
}
