package kz.shanyraq.law.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dictionary encoding of repeated strings (regions, districts): each distinct value stored once, rows hold a code. */
final class Dictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    /** The code of a value, -1 for null. */
    int code(String value) {
        if (value == null) {
            return -1;
        }
        Integer c = codes.get(value);
        if (c == null) {
            c = values.size();
            codes.put(value, c);
            values.add(value);
        }
        return c;
    }

    String value(int code) {
        return code < 0 ? null : values.get(code);
    }

    int size() {
        return values.size();
    }

    String[] toArray() {
        return values.toArray(new String[0]);
    }
}
