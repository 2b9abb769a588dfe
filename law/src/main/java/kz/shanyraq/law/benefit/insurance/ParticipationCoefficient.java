package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Participation-length coefficient (коэффициент стажа участия, КСУ): a dated band table by months of
 * contributions, {@code social-insurance.participation-coefficient}.
 */
public final class ParticipationCoefficient {

    public static final String PARAMETER = "social-insurance.participation-coefficient";

    private ParticipationCoefficient() {
    }

    /** КСУ for a number of months of participation by the law of one day. */
    public static BigDecimal of(Law law, int participationMonths) {
        return law.number(PARAMETER, String.valueOf(participationMonths));
    }

    /** The same, recorded in a calculation; read on the day the right arises. */
    public static BigDecimal on(Calculation c, LocalDate rightArises, int participationMonths) {
        return c.numberOn(rightArises, PARAMETER, String.valueOf(participationMonths));
    }
}
