package kz.shanyraq.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** A batch was refused: nothing of it was written. Carries every error found, in file order. */
public class BatchRejectedException extends RuntimeException {

    private static final int ERRORS_IN_MESSAGE = 20;

    private final String batchId;
    private final List<ImportError> errors;

    public BatchRejectedException(String batchId, List<ImportError> errors) {
        super(summary(batchId, errors));
        this.batchId = batchId;
        this.errors = List.copyOf(errors);
    }

    public String batchId() {
        return batchId;
    }

    public List<ImportError> errors() {
        return errors;
    }

    private static String summary(String batchId, List<ImportError> errors) {
        String shown = errors.stream().limit(ERRORS_IN_MESSAGE).map(ImportError::toString)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        String more = errors.size() > ERRORS_IN_MESSAGE ? "\n  … and " + (errors.size() - ERRORS_IN_MESSAGE) + " more" : "";
        return "batch " + batchId + " refused, nothing written (" + errors.size() + " error"
                + (errors.size() == 1 ? "" : "s") + "):" + shown + more;
    }
}
