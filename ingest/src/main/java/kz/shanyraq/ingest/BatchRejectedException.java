package kz.shanyraq.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A batch was refused: nothing of it was written. Carries the first errors found in file order (at most
 * {@link kz.shanyraq.ingest.format.Errors#MAX_LISTED}) and how many there were in all.
 */
public class BatchRejectedException extends RuntimeException {

    private static final int ERRORS_IN_MESSAGE = 20;

    private final String batchId;
    private final List<ImportError> errors;
    private final long total;

    public BatchRejectedException(String batchId, List<ImportError> errors) {
        this(batchId, errors, errors.size());
    }

    /** @param total every error found; {@code errors} lists the first of them */
    public BatchRejectedException(String batchId, List<ImportError> errors, long total) {
        super(summary(batchId, errors, total));
        this.batchId = batchId;
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    /** How many errors the batch has, listed or not. */
    public long total() {
        return total;
    }

    public String batchId() {
        return batchId;
    }

    public List<ImportError> errors() {
        return errors;
    }

    private static String summary(String batchId, List<ImportError> errors, long total) {
        String shown = errors.stream().limit(ERRORS_IN_MESSAGE).map(ImportError::toString)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        long shownCount = Math.min(errors.size(), ERRORS_IN_MESSAGE);
        String more = total > shownCount ? "\n  … and " + (total - shownCount) + " more" : "";
        return "batch " + batchId + " refused, nothing written (" + total + " error"
                + (total == 1 ? "" : "s") + "):" + shown + more;
    }
}
