package kz.shanyraq.law.region;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The period a regional figure is given for: one month ({@code 2025-08}) or one quarter ({@code 2025-Q3}).
 * The statistics bureau publishes both; a monthly figure is never turned into a quarterly one here, because
 * the bureau's quarterly averaging method is not known to us.
 */
public record FigurePeriod(Quarter quarter, YearMonth month) {

    public FigurePeriod {
        if ((quarter == null) == (month == null)) {
            throw new IllegalArgumentException("a figure period is either a quarter or a month");
        }
    }

    public static FigurePeriod of(Quarter quarter) {
        return new FigurePeriod(Objects.requireNonNull(quarter), null);
    }

    public static FigurePeriod of(YearMonth month) {
        return new FigurePeriod(null, Objects.requireNonNull(month));
    }

    /** {@code 2025-Q3} or {@code 2025-08}. */
    public static FigurePeriod parse(String text) {
        if (text != null && text.contains("Q")) {
            return of(Quarter.parse(text));
        }
        try {
            return of(YearMonth.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a month (YYYY-MM) nor a quarter (YYYY-Qn)");
        }
    }

    public boolean isQuarter() {
        return quarter != null;
    }

    @Override
    public String toString() {
        return isQuarter() ? quarter.toString() : month.toString();
    }
}
