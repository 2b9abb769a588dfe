package kz.shanyraq.law.family;

import java.time.LocalDate;

/**
 * Work situation of a member on the evaluation date.
 *
 * @param employed has an employment contract or is self-employed / pays the single aggregate payment (ЕСП)
 * @param jobLostOn date the last employment contract ended, if the member lost a job
 * @param registeredUnemployedOn date of registration as unemployed at the career centre
 */
public record Employment(boolean employed, LocalDate jobLostOn, LocalDate registeredUnemployedOn) {
}
