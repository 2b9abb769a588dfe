package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.format.SourceRecord;

import java.time.LocalDate;
import java.util.Map;

/** A record whose present, valid values are typed; a refused value is absent here (its error is already reported). */
public record Row(int index, SourceRecord source, Map<String, Object> values) {

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public boolean hasAll(String... fields) {
        for (String f : fields) {
            if (!values.containsKey(f)) {
                return false;
            }
        }
        return true;
    }

    public Object get(String field) {
        return values.get(field);
    }

    public String text(String field) {
        return (String) values.get(field);
    }

    public LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }
}
