package kz.shanyraq.app.casework;

/** Someone else changed the same record first (optimistic locking): nothing was changed; reload and decide again. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
