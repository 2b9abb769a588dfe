package kz.shanyraq.ingest;

import java.util.Locale;

/** The two file formats every source kind has: CSV with a header row, or a JSON array of records. */
public enum Format {
    /** UTF-8, comma-separated, RFC 4180 quoting, a header row naming the columns (any order). */
    CSV,
    /** UTF-8, one JSON array of objects, one object per record; validated by the kind's JSON Schema. */
    JSON;

    public static Format of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
