package kz.shanyraq.ingest.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The file contract of one source kind: its fields (CSV columns and JSON properties alike) and the natural key on
 * which a re-sent record replaces the earlier one instead of adding a second.
 *
 * @param name        the kind's code, also the file name of its JSON Schema ({@code persons.schema.json})
 * @param title       what the records are, in English
 * @param source      which state system sends them
 */
public record RecordFormat(String name, String title, String source, List<Field> fields, List<String> key) {

    public RecordFormat {
        fields = List.copyOf(fields);
        key = List.copyOf(key);
        Map<String, Field> byName = new LinkedHashMap<>();
        for (Field f : fields) {
            if (byName.put(f.name(), f) != null) {
                throw new IllegalArgumentException(name + ": field " + f.name() + " twice");
            }
        }
        for (String k : key) {
            if (!byName.containsKey(k)) {
                throw new IllegalArgumentException(name + ": key field " + k + " is not a field");
            }
        }
    }

    public Field field(String fieldName) {
        for (Field f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        throw new IllegalArgumentException(name + " has no field " + fieldName);
    }

    public boolean has(String fieldName) {
        return fields.stream().anyMatch(f -> f.name().equals(fieldName));
    }
}
