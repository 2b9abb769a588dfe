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

    /** In file order; within a record, in the order of the format's fields (then anything else, as found). */
    public List<ImportError> inFileOrder(RecordFormat format) {
        List<ImportError> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(ImportError::line).thenComparingInt(e -> fieldPosition(format, e.field())));
        return sorted;
    }

    private static int fieldPosition(RecordFormat format, String path) {
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
