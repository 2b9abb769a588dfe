package kz.shanyraq.law.employment;

import kz.shanyraq.law.casework.Norm;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.parameter.Law;

import java.time.LocalDate;

/**
 * When a registered person must next check in (Law «О занятости населения» art. 13, seed 003): a job seeker at least
 * once in 3 working days; an unemployed person once in 10 working days at the centre, or once a month at the akim's
 * office in a rural settlement. A check-in missed without good reason closes the registration
 * ({@link Deregistration#afterCheckIn}).
 */
public final class CheckIns {

    /** The person's standing at the centre. */
    public enum Standing { JOB_SEEKER, UNEMPLOYED }

    /** The last day of the next check-in, where, and the norm. */
    public record Due(LocalDate due, String place, Norm norm) {
    }

    private CheckIns() {
    }

    /**
     * The day by which the next check-in is due after the last one (or after registration).
     *
     * @param rural the person lives in a rural settlement
     */
    public static Due due(Standing standing, boolean rural, LocalDate last, WorkingDays days, Law law) {
        Law on = law.on(last);
        if (standing == Standing.UNEMPLOYED && rural) {
            int months = on.number("employment.check-in.rural-unemployed-months").intValueExact();
            return new Due(last.plusMonths(months), "akimat",
                    Norm.of(on, "employment.check-in.rural-unemployed-months"));
        }
        String parameter = standing == Standing.JOB_SEEKER ? "employment.check-in.job-seeker"
                : "employment.check-in.unemployed";
        WorkingDays.Deadline d = days.deadline(parameter, last);
        return new Due(d.due(), standing == Standing.JOB_SEEKER && rural ? "akimat" : "career-centre", d.norm());
    }
}
