package kz.shanyraq.app.recompute;

/** A run's results cannot be shown: no such run, no results (running or failed), or no longer kept. */
public class RunResultsException extends RuntimeException {

    private final String reason;

    RunResultsException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** {@code no-run}, {@code no-results} or {@code results-dropped}. */
    public String reason() {
        return reason;
    }
}
