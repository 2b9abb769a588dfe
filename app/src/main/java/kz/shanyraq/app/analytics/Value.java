package kz.shanyraq.app.analytics;

import kz.shanyraq.app.recompute.Distribution;

/**
 * A figure's value as published: {@code value} is null when hidden. A count of 1–4 families is hidden (the one
 * small-cell rule, {@link Distribution#hidden}), and so is every value derived from a hidden count (money, average,
 * share of a hidden group of families).
 */
public record Value(Double value, boolean hidden) {

    static final Value HIDDEN = new Value(null, true);

    /** A count of families (or offers, accidents…): hidden when 1–4. */
    static Value count(long n) {
        return Distribution.hidden(n) ? HIDDEN : new Value((double) n, false);
    }

    /** A value about {@code base} families: hidden when the count of those families is. */
    static Value about(long base, double value) {
        return Distribution.hidden(base) ? HIDDEN : new Value(value, false);
    }

    /** For a table cell: the number, or "<5" when hidden. */
    public String text() {
        if (hidden) {
            return "<5";
        }
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) v).replace(',', '\u00a0');
        }
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
