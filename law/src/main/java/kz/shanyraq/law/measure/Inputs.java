package kz.shanyraq.law.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Validated key=value inputs for a direct calculation. */
public final class Inputs {

    private final String measure;
    private final Map<String, String> values;

    private Inputs(String measure, Map<String, String> values) {
        this.measure = measure;
        this.values = values;
    }

    /** Checks every key and value against the measure's keys; refuses unknown keys, bad values, missing keys. */
    public static Inputs parse(String measure, List<InputKey> keys, Map<String, String> raw) {
        Map<String, InputKey> byName = keys.stream()
                .collect(Collectors.toMap(InputKey::name, k -> k, (a, b) -> a, LinkedHashMap::new));
        for (Map.Entry<String, String> e : raw.entrySet()) {
            InputKey key = byName.get(e.getKey());
            if (key == null) {
                throw new InvalidInputException(e.getKey(), "unknown key '" + e.getKey() + "' for measure " + measure
                        + (keys.isEmpty() ? " (it takes no keys)" : " (keys: "
                        + keys.stream().map(InputKey::usage).collect(Collectors.joining(" ")) + ")"));
            }
            check(measure, key, e.getValue());
        }
        for (InputKey key : keys) {
            if (key.required() && !raw.containsKey(key.name())) {
                throw new InvalidInputException(key.name(), "missing key '" + key.name() + "' for measure " + measure
                        + " (" + key.usage() + ": " + key.description().en() + ")");
            }
        }
        return new Inputs(measure, Map.copyOf(raw));
    }

    private static void check(String measure, InputKey key, String value) {
        if (key.isChoice()) {
            if (!key.choices().contains(value)) {
                throw new InvalidInputException(key.name(), "invalid value '" + value + "' for key '" + key.name()
                        + "' of measure " + measure + " (expected one of " + String.join(", ", key.choices()) + ")");
            }
            return;
        }
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key.name(), "invalid value '" + value + "' for key '" + key.name()
                    + "' of measure " + measure + " (expected a whole number " + key.min() + ".."
                    + (key.max() == Long.MAX_VALUE ? "" : key.max()) + ")");
        }
        if (n < key.min() || n > key.max()) {
            throw new InvalidInputException(key.name(), "invalid value " + n + " for key '" + key.name()
                    + "' of measure " + measure + " (must be from " + key.min()
                    + (key.max() == Long.MAX_VALUE ? " up" : " to " + key.max()) + ")");
        }
    }

    public String measure() {
        return measure;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public long number(String key) {
        return Long.parseLong(require(key));
    }

    public long number(String key, long otherwise) {
        return has(key) ? number(key) : otherwise;
    }

    public String choice(String key) {
        return require(key);
    }

    public String choice(String key, String otherwise) {
        return has(key) ? values.get(key) : otherwise;
    }

    private String require(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new InvalidInputException(key, "missing key '" + key + "' for measure " + measure);
        }
        return v;
    }
}
