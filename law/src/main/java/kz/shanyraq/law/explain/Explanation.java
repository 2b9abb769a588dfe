package kz.shanyraq.law.explain;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a result is what it is: the measure and the norm it rests on, each condition checked with its value,
 * each parameter used with its value, period and source, the intermediate values and the rounding.
 *
 * @param outcome {@code entitled}, {@code refused}, {@code undetermined}, or {@code scored} for a well-being score
 * @param reason for a refusal or an undetermined result: what failed or what is unknown
 */
public record Explanation(
        String measure,
        Text measureTitle,
        String beneficiary,
        LocalDate on,
        String norm,
        List<ConditionCheck> conditions,
        List<ParameterUse> parameters,
        List<Step> steps,
        RoundingUse rounding,
        String outcome,
        Long amount,
        Text reason) {
}
