package kz.shanyraq.ingest.format;

import java.util.Map;
import java.util.Set;

/**
 * One record as read from a file, before validation: present values as text (empty CSV cells and JSON nulls are
 * absent).
 *
 * @param line     CSV: the line where the record starts; JSON: its index in the array
 * @param jsonPath JSON: the record's path ({@code $[3]}); {@code null} for CSV
 * @param broken   fields whose value was already refused while reading (wrong JSON type, unknown field), so that
 *                 validation does not report them a second time as missing
 */
public record SourceRecord(int line, String jsonPath, Map<String, String> values, Set<String> broken) {

    /** How an error names a field of this record: the CSV column, or the JSON path of the value. */
    public String path(String field) {
        return jsonPath == null ? field : jsonPath + "." + field;
    }

    /** How an error names the record as a whole. */
    public String wholeRecord() {
        return jsonPath == null ? "record" : jsonPath;
    }

    public String text(String field) {
        return values.get(field);
    }
}
