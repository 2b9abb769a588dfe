package kz.shanyraq.law.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One value of a parameter over one period of time, with its legal reference and source status.
 *
 * <p>A version either has one {@code value} for all keys, or {@code values} by key (by purpose, by group,
 * by band of months …). A value the law does not give us is {@link #UNKNOWN}, never a guess.
 *
 * @param to last day in force (inclusive), or {@code null} while open-ended
 * @param derivedFrom for a {@link SourceStatus#DERIVED} value, what it was derived from; otherwise null
 * @param retroactive for a version enacted after its first day with effect back to it: what was enacted when, and
 *                    what the law said in the meantime (results are evaluated as the law now reads); otherwise null
 */
public record ParameterVersion(
        String name,
        Unit unit,
        String keyedBy,
        LocalDate from,
        LocalDate to,
        Object value,
        Map<String, Object> values,
        SourceStatus status,
        LegalReference reference,
        String note,
        String derivedFrom,
        String retroactive,
        SourceLocation location) {

    /** Marker for a value the law does not give us. */
    public static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "unknown";
        }
    };

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean isKeyed() {
        return values != null;
    }

    /** The value for a key (or the single value); {@link #UNKNOWN} when the law's value is not known. */
    public Object valueFor(String key) {
        if (values == null) {
            return value == null ? UNKNOWN : value;
        }
        if (key == null) {
            throw new IllegalArgumentException("parameter " + name + " is keyed by " + keyedBy + "; a key is required");
        }
        Object v = values.get(key);
        if (v == null) {
            v = bandValue(key);
        }
        if (v == null) {
            throw new IllegalArgumentException("parameter " + name + " has no value for " + keyedBy + " '" + key
                    + "' (known: " + String.join(", ", values.keySet()) + ")");
        }
        return v;
    }

    /** Keys like {@code 6..11} or {@code 72..} are numeric bands; a numeric key falls into one of them. */
    private Object bandValue(String key) {
        long x;
        try {
            x = Long.parseLong(key);
        } catch (NumberFormatException e) {
            return null;
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Optional<long[]> band = band(e.getKey());
            if (band.isPresent() && x >= band.get()[0] && x <= band.get()[1]) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Parses {@code a..b} / {@code a..} into an inclusive range. */
    static Optional<long[]> band(String key) {
        int dots = key.indexOf("..");
        if (dots < 0) {
            return Optional.empty();
        }
        try {
            long lo = Long.parseLong(key.substring(0, dots).trim());
            String hi = key.substring(dots + 2).trim();
            return Optional.of(new long[] {lo, hi.isEmpty() ? Long.MAX_VALUE : Long.parseLong(hi)});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public BigDecimal numberFor(String key) {
        return (BigDecimal) valueFor(key);
    }
}
