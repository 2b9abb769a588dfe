package kz.shanyraq.law.labour;

import java.math.BigDecimal;

/**
 * What counts as a strike: a work stoppage of 3 hours or more. The Committee of State Labour Inspection counts
 * strikes "with work stoppage of 3 or more hours" (seed 000; informburo.kz, Nov 2025; anchors §1.1). Conflicts,
 * protests and shorter stoppages are recorded but not counted as strikes.
 */
public final class Strikes {

    /** The shortest stoppage counted as a strike, hours. */
    public static final BigDecimal MIN_STOPPAGE_HOURS = new BigDecimal("3");

    private Strikes() {
    }

    public static boolean isStrike(String kind, BigDecimal stoppageHours) {
        return "stoppage".equals(kind) && stoppageHours != null && stoppageHours.compareTo(MIN_STOPPAGE_HOURS) >= 0;
    }
}
