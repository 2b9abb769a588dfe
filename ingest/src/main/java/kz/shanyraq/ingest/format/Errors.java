package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.ImportError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects the errors of a batch, so that the source gets them at once, not one per attempt. Every error is counted;
 * at most {@link #MAX_LISTED} are kept — the first ones in file order — so that a huge broken file costs bounded
 * memory and a bounded answer.
 */
public final class Errors {

    /** Errors listed at most; the rest are only counted. */
    public static final int MAX_LISTED = 1000;

    private final Comparator<ImportError> fileOrder;
    private final int maxListed;
    /** The kept errors, the last in file order on top (so it is the one dropped when a earlier one comes). */
    private final PriorityQueue<ImportError> kept;
    private long total;

    public Errors(RecordFormat format) {
        this(format, MAX_LISTED);
    }

    public Errors(RecordFormat format, int maxListed) {
        this.fileOrder = Comparator.comparingInt(ImportError::line)
                .thenComparingInt(e -> fieldPosition(format, e.field()));
        this.maxListed = maxListed;
        this.kept = new PriorityQueue<>(fileOrder.reversed());
    }

    public void add(SourceRecord record, String field, Problem problem) {
        keep(new ImportError(record.line(), record.path(field), problem.reason(), problem.message()));
    }

    public void addWhole(SourceRecord record, Problem problem) {
        keep(new ImportError(record.line(), record.wholeRecord(), problem.reason(), problem.message()));
    }

    public void add(int line, String field, Problem problem) {
        keep(new ImportError(line, field, problem.reason(), problem.message()));
    }

    private void keep(ImportError error) {
        total++;
        kept.add(error);
        if (kept.size() > maxListed) {
            kept.poll();
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Every error found, listed or not. */
    public long total() {
        return total;
    }

    /** The first errors (at most the limit) in file order; within a record, in the order of the format's fields. */
    public List<ImportError> inFileOrder() {
        List<ImportError> sorted = new ArrayList<>(kept);
        sorted.sort(fileOrder);
        return sorted;
    }

    private static int fieldPosition(RecordFormat format, String path) {
        if (path == null) {
            return Integer.MAX_VALUE;
        }
        String name = path.substring(path.lastIndexOf('.') + 1);
        List<Field> fields = format.fields();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return fields.size();
    }
}
