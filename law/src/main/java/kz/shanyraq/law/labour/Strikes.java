package kz.shanyraq.law.labour;

import kz.shanyraq.law.parameter.ParameterBook;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What counts as a strike: a work stoppage of at least {@code labour.strike.min-stoppage-hours} hours on the day it
 * began (3 hours: the Committee of State Labour Inspection counts strikes "with work stoppage of 3 or more hours",
 * seed 000; the dated parameter in {@code parameters/labour.yaml}). Conflicts, protests and shorter stoppages are
 * recorded but not counted as strikes.
 */
public final class Strikes {

    public static final String PARAMETER = "labour.strike.min-stoppage-hours";

    private Strikes() {
    }

    /** The shortest stoppage counted as a strike on a day, hours (the law book's dated parameter). */
    public static BigDecimal minStoppageHours(LocalDate day) {
        return ParameterBook.standard().on(day).number(PARAMETER);
    }

    /** Whether a record that began on {@code startedOn} is a strike. */
    public static boolean isStrike(String kind, BigDecimal stoppageHours, LocalDate startedOn) {
        return "stoppage".equals(kind) && stoppageHours != null
                && stoppageHours.compareTo(minStoppageHours(startedOn)) >= 0;
    }
}
