package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.ImportError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every error of a batch, so that the source gets all of them at once, not one per attempt. */
public final class Errors {

    private final List<ImportError> list = new ArrayList<>();

    public void add(SourceRecord record, String field, Problem problem) {
        list.add(new ImportError(record.line(), record.path(field), problem.reason(), problem.message()));
    }

    public void addWhole(SourceRecord record, Problem problem) {
        list.add(new ImportError(record.line(), record.wholeRecord(), problem.reason(), problem.message()));
    }

    public void add(int line, String field, Problem problem) {
        list.add(new ImportError(line, field, problem.reason(), problem.message()));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** In file order; within a record, in the order they were found (field order). */
    public List<ImportError> inFileOrder() {
        List<ImportError> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(ImportError::line));
        return sorted;
    }
}
