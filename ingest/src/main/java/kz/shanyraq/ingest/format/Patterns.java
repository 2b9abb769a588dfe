package kz.shanyraq.ingest.format;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Compiled once: a batch checks the same few patterns on every record. */
final class Patterns {

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Patterns() {
    }

    static Pattern compiled(String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }
}
