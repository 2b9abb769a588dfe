package kz.shanyraq.law.parameter;

import kz.shanyraq.law.region.RegionalFigures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The law as it stood on one day: typed access to parameter values in force that day. A value the law does not
 * give (or a day before our history) raises {@link ParameterUnknownException}.
 */
public final class Law {

    private final ParameterBook book;
    private final LocalDate day;

    Law(ParameterBook book, LocalDate day) {
        this.book = book;
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }

    public ParameterBook book() {
        return book;
    }

    /** Regional figures (statistical regional ПМ, median income, published poverty lines) loaded with the law. */
    public RegionalFigures regional() {
        return book.regional();
    }

    /** The same law on another day (parameters resolve per day). */
    public Law on(LocalDate other) {
        return book.on(other);
    }

    /** The version in force today, or unknown. */
    public ParameterVersion version(String name) {
        Parameter p = book.parameter(name);
        ParameterVersion v = p.versionOn(day);
        if (v == null) {
            throw new ParameterUnknownException(name, null, day,
                    "our history of this parameter starts " + p.versions().get(0).from()
                            + (p.versions().get(p.versions().size() - 1).to() == null ? ""
                                    : " and ends " + p.versions().get(p.versions().size() - 1).to()));
        }
        if (v.status() == SourceStatus.UNKNOWN) {
            throw new ParameterUnknownException(name, null, day, v.note());
        }
        return v;
    }

    /** The value of a (possibly keyed) parameter today; never {@link ParameterVersion#UNKNOWN}. */
    public Object value(String name, String key) {
        ParameterVersion v = version(name);
        Object value;
        try {
            value = v.valueFor(key);
        } catch (IllegalArgumentException e) {
            throw new ParameterUnknownException(name, key, day, e.getMessage());
        }
        if (value == ParameterVersion.UNKNOWN) {
            throw new ParameterUnknownException(name, key, day, v.note());
        }
        return value;
    }

    public BigDecimal number(String name) {
        return (BigDecimal) value(name, null);
    }

    public BigDecimal number(String name, String key) {
        return (BigDecimal) value(name, key);
    }

    public boolean flag(String name) {
        return (Boolean) value(name, null);
    }

    @SuppressWarnings("unchecked")
    public List<String> codes(String name) {
        return (List<String>) value(name, null);
    }

    public Rounding rounding(String name) {
        return (Rounding) value(name, null);
    }
}
