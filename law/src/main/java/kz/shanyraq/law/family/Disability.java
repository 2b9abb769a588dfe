package kz.shanyraq.law.family;

import java.time.LocalDate;

/**
 * Disability as established by medical-social expertise.
 *
 * @param group 1, 2 or 3; {@code null} for a child under 7 (no groups are set)
 * @param workCapacityLossPercent degree of loss of general working capacity (30–100), for the ГФСС payment
 * @param until last day the disability is established for; {@code null} if indefinite
 */
public record Disability(Integer group, DisabilityCause cause, LocalDate from, LocalDate until,
                         Integer workCapacityLossPercent) {

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
