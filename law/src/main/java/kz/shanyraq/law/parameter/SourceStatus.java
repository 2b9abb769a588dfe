package kz.shanyraq.law.parameter;

import java.util.Arrays;

/**
 * How well a parameter value is sourced (the legend of {@code legal-parameters.md}).
 * A value marked {@link #UNKNOWN} has no value: a calculation that needs it is undetermined, never guessed.
 */
public enum SourceStatus {
    /** ✅ seen on an official government site or in the legal database. */
    OFFICIAL("official"),
    /** ☑️ corroborated by secondary sources quoting the law or the ministry. */
    CORROBORATED("corroborated"),
    /** ⚠️ single secondary source or conflicting sources. */
    UNVERIFIED("unverified"),
    /**
     * Worked back from published amounts (a tenge amount ÷ МРП or ÷ ПМ of the period, holding for several years), or
     * carried from a neighbouring period; the version says what it was derived from ({@code derived-from}).
     */
    DERIVED("derived"),
    /** ❌ the law's value is not known to us. */
    UNKNOWN("unknown");

    private final String code;

    SourceStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * The confidence a consultant is shown beside a value: {@code primary} (law text or an official site: adilet,
     * egov, gov.kz, enbek.gov.kz, gfss.kz), {@code secondary} (news or other texts quoting the law or the ministry),
     * {@code derived} (worked back from published amounts), or {@code none} for an unknown value.
     */
    public String confidence() {
        return switch (this) {
            case OFFICIAL -> "primary";
            case CORROBORATED, UNVERIFIED -> "secondary";
            case DERIVED -> "derived";
            case UNKNOWN -> "none";
        };
    }

    public static SourceStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source status '" + code
                        + "' (expected one of official, corroborated, unverified, derived, unknown)"));
    }
}
