package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static kz.shanyraq.synth.country.SyntheticCalendar.CONTRIBUTION_MONTHS;
import static kz.shanyraq.synth.country.SyntheticCalendar.INSURANCE_START;
import static kz.shanyraq.synth.country.SyntheticCalendar.REFERENCE_DATE;
import static kz.shanyraq.synth.country.SyntheticCalendar.atAge;

/**
 * Compulsory social insurance (ГФСС). Every insured person has a total of participation months; the 24 months
 * of contributions are kept only for those who may need a ГФСС calculation: mothers of children under 2 (the
 * 24 months before the maternity leave), pregnant women, people who lost their job (before the loss) and people
 * with lost working capacity. Everybody else's monthly history would only add rows no calculation reads.
 */
final class Insurance {

    private final Draw d;

    Insurance(Draw d) {
        this.d = d;
    }

    void apply(Household h) {
        List<Resident> current = h.current();
        for (Resident r : current) {
            boolean insured = r.employee || r.workCapacityLoss > 0 || (r.entrepreneur && d.chance(0.75));
            if (!insured) {
                continue;
            }
            r.insured = true;
            LocalDate start = atAge(r.birth, 19 + d.gamma(2, 1.5));
            if (start.isBefore(INSURANCE_START)) {
                start = INSURANCE_START;
            }
            if (r.jobFrom != null && r.jobFrom.isBefore(start)) {
                start = r.jobFrom.isBefore(INSURANCE_START) ? INSURANCE_START : r.jobFrom;
            }
            long possible = Math.max(1, ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(REFERENCE_DATE)));
            long sinceJob = r.jobFrom == null ? 0 : ChronoUnit.MONTHS.between(YearMonth.from(
                    r.jobFrom.isBefore(INSURANCE_START) ? INSURANCE_START : r.jobFrom), YearMonth.from(REFERENCE_DATE));
            r.participationMonths = (int) Math.max(Math.min(possible, sinceJob), Math.round(possible * d.uniform(0.55, 0.97)));
            LocalDate windowEnd = windowEnd(r, current);
            if (windowEnd != null) {
                contributions(r, YearMonth.from(windowEnd));
            }
        }
    }

    /** The month (exclusive) the 24 months of contributions lead up to, or null if no calculation needs them. */
    private static LocalDate windowEnd(Resident r, List<Resident> current) {
        if (r.female) {
            LocalDate youngest = null;
            for (Resident kid : current) {
                if (kid.mother == r && kid.birth.isAfter(REFERENCE_DATE.minusYears(2))
                        && (youngest == null || kid.birth.isAfter(youngest))) {
                    youngest = kid.birth;
                }
            }
            if (youngest != null) {
                return youngest.minusDays(70);
            }
            if (r.dueDate != null) {
                return REFERENCE_DATE;
            }
        }
        if (r.jobTo != null) {
            return r.jobTo;
        }
        if (r.workCapacityLoss > 0) {
            return r.disabilityFrom.isAfter(REFERENCE_DATE.minusYears(3)) ? r.disabilityFrom : REFERENCE_DATE;
        }
        return null;
    }

    private void contributions(Resident r, YearMonth end) {
        YearMonth first = end.minusMonths(CONTRIBUTION_MONTHS);
        long[] income = new long[CONTRIBUTION_MONTHS];
        YearMonth jobStart = r.jobFrom == null ? null : YearMonth.from(r.jobFrom);
        for (int i = 0; i < CONTRIBUTION_MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            if ((r.employee && jobStart != null && month.isBefore(jobStart) && d.chance(0.5)) || d.chance(0.04)) {
                continue;
            }
            long mzp = LawAmounts.minimumWageIn(month.getYear());
            long base = r.employee && r.wage > 0
                    ? Math.round(r.wage * SyntheticCalendar.deflator(month) * (1 + 0.03 * d.normal(0, 1)))
                    : mzp * d.between(1, 2);
            income[i] = Math.max(1, Math.min(base, 7 * mzp));
        }
        r.contributionsFrom = first.atDay(1);
        r.contributions = income;
    }
}
