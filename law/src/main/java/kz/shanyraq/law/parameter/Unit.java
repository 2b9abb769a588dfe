package kz.shanyraq.law.parameter;

import java.util.Arrays;

/** Units a parameter value may have. Anything else in a parameter file is refused at load. */
public enum Unit {
    /** Tenge. */
    KZT("KZT", Kind.NUMBER),
    /** Multiples of the monthly calculation index (МРП). */
    MRP("MRP", Kind.NUMBER),
    /** Multiples of the subsistence minimum (ПМ). */
    PM("PM", Kind.NUMBER),
    /** A plain factor (0.6, 1.3 …). */
    RATIO("ratio", Kind.NUMBER),
    MONTHS("months", Kind.NUMBER),
    DAYS("days", Kind.NUMBER),
    /** Hours (a work stoppage's length). */
    HOURS("hours", Kind.NUMBER),
    YEARS("years", Kind.NUMBER),
    COUNT("count", Kind.NUMBER),
    /** Yes / no. */
    FLAG("flag", Kind.FLAG),
    /** A list of codes (income types, …). */
    CODES("codes", Kind.CODES),
    /** A rounding rule, see {@link Rounding}. */
    ROUNDING("rounding", Kind.ROUNDING);

    public enum Kind { NUMBER, FLAG, CODES, ROUNDING }

    private final String code;
    private final Kind kind;

    Unit(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public static Unit fromCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown unit '" + code + "' (expected one of "
                        + String.join(", ", Arrays.stream(values()).map(Unit::code).toList()) + ")"));
    }
}
