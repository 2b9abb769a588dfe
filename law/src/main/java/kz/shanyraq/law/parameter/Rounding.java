package kz.shanyraq.law.parameter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Rounding of an amount to whole tenge. The law text for rounding was not found; each measure's rule is a
 * dated parameter recorded from the published figures it reproduces (see legal-parameters.md §3.1).
 */
public enum Rounding {
    /** Up to the next whole tenge (81 361.28 → 81 362). */
    UP("up", RoundingMode.CEILING),
    /** To the nearest whole tenge, halves up (22 648.32 → 22 648). */
    HALF_UP("half-up", RoundingMode.HALF_UP),
    /** Down to the whole tenge. */
    DOWN("down", RoundingMode.FLOOR);

    private final String code;
    private final RoundingMode mode;

    Rounding(String code, RoundingMode mode) {
        this.code = code;
        this.mode = mode;
    }

    public String code() {
        return code;
    }

    public long apply(BigDecimal amount) {
        return amount.setScale(0, mode).longValueExact();
    }

    public static Rounding fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rounding '" + code
                        + "' (expected one of up, half-up, down)"));
    }
}
