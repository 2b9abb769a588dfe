package kz.shanyraq.ingest;

/**
 * The batch could not be applied for a reason that is not in its content (the database is unreachable, a
 * constraint the validation should have caught). The transaction was rolled back: nothing of the batch was written.
 */
public class ImportFailedException extends RuntimeException {

    public ImportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
