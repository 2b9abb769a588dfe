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
    /** ⚠️ single secondary source, derived value or conflicting sources. */
    UNVERIFIED("unverified"),
    /** ❌ the law's value is not known to us. */
    UNKNOWN("unknown");

    private final String code;

    SourceStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SourceStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source status '" + code
                        + "' (expected one of official, corroborated, unverified, unknown)"));
    }
}
