package kz.shanyraq.law.coverage;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.Quarter;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which monthly facts an evaluation on the law's day needs, per measure and for the well-being scoring. The one
 * definition every path reads (the family card, {@code ./shanyraq evaluate}, life events, the batch engine and the
 * national recompute, through {@link CoverageVerdict}).
 * <ul>
 *   <li>АСП and its child supplement, and the well-being scoring: incomes of the quarter before the day's quarter
 *       (per-capita income, Social Code art. 127 п. 2; the scoring measures the same quarter);</li>
 *   <li>the social-insurance payments: contributions of the N months before the day's month, N being the payment's
 *       dated parameter {@code <measure>.average-income-months} (the average-income window; a right that arose
 *       earlier reads an earlier window, so the check is the least a decision needs).</li>
 * </ul>
 * Other measures read facts kept as dated statuses (births, disability, addresses), not monthly sources.
 */
public final class FactsNeeded {

    /** Facts of one source over some months. */
    public record Need(RegistrySource source, MonthSpan months) {
    }

    private static final Function<Law, List<Need>> INCOMES_OF_PREVIOUS_QUARTER = law -> List.of(
            new Need(RegistrySource.INCOMES, MonthSpan.of(Quarter.of(law.day()).previous())));

    private static final Map<String, Function<Law, List<Need>>> BY_MEASURE = Map.of(
            "targeted-social-assistance", INCOMES_OF_PREVIOUS_QUARTER,
            "asp-child-supplement", INCOMES_OF_PREVIOUS_QUARTER,
            "maternity-payment", contributionWindow("maternity-payment"),
            "work-capacity-loss-payment", contributionWindow("work-capacity-loss-payment"),
            "job-loss-payment", contributionWindow("job-loss-payment"),
            "breadwinner-loss-payment", contributionWindow("breadwinner-loss-payment"),
            "childcare-payment", contributionWindow("childcare-payment"));

    private FactsNeeded() {
    }

    /** The monthly facts a measure needs on the law's day (none for a measure reading only dated statuses). */
    public static List<Need> forMeasure(String measureId, Law law) {
        Function<Law, List<Need>> needs = BY_MEASURE.get(measureId);
        return needs == null ? List.of() : needs.apply(law);
    }

    /** The monthly facts the well-being scoring (both methodologies) needs on the law's day. */
    public static List<Need> forWellbeing(Law law) {
        return INCOMES_OF_PREVIOUS_QUARTER.apply(law);
    }

    private static Function<Law, List<Need>> contributionWindow(String measureId) {
        return law -> {
            int months;
            try {
                months = law.number(measureId + ".average-income-months").intValueExact();
            } catch (ParameterUnknownException e) {
                return List.of(); // the payment is undetermined by its unknown parameter already
            }
            YearMonth last = YearMonth.from(law.day()).minusMonths(1);
            return List.of(new Need(RegistrySource.SOCIAL_CONTRIBUTIONS,
                    new MonthSpan(last.minusMonths(months - 1L), last)));
        };
    }
}
