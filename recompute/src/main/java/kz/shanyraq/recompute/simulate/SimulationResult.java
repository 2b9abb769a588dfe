package kz.shanyraq.recompute.simulate;

import java.time.LocalDate;
import java.util.List;

/**
 * What a simulation of a law change found on every family of the registry: raw aggregates (no family, no person).
 * Counts of 1–4 are hidden by whoever publishes them (the analytics capability's one small-cell rule).
 *
 * @param changedParameters the parameters the reform changes, from its first date
 * @param measures          cost per measure under the law as it is and as reformed
 * @param total             gainers, losers and unchanged over the whole registry
 * @param examples          a few families, anonymised, with both evaluations side by side
 */
public record SimulationResult(LocalDate on, LocalDate reformFrom, long families, long persons, double seconds,
                               List<String> changedParameters, List<MeasureCost> measures, Change total,
                               List<Group> byRegion, List<Group> byCategory, List<Group> byDecile,
                               List<Group> byHousehold, Poverty poverty, List<Example> examples) {

    /**
     * One measure's cost: families entitled and the sum of their amounts (tenge; a month of a monthly payment, the
     * one-time sums due as of the date otherwise), before and after.
     */
    public record MeasureCost(String measure, String payment, long familiesBefore, long familiesAfter,
                              long amountBefore, long amountAfter) {

        /** A year of a monthly payment (12 months at the date's amounts); null for one-time payments. */
        public Long yearlyBefore() {
            return "MONTHLY".equals(payment) ? amountBefore * 12 : null;
        }

        public Long yearlyAfter() {
            return "MONTHLY".equals(payment) ? amountAfter * 12 : null;
        }
    }

    /**
     * Families (and their persons) whose entitlements in total rise, fall or stay, and by how much in tenge
     * ({@code gained} ≥ 0, {@code lost} ≥ 0), with the totals before and after.
     */
    public record Change(long families, long persons, long gainers, long gainerPersons, long losers,
                         long loserPersons, long unchanged, long unchangedPersons, long gained, long lost,
                         long totalBefore, long totalAfter) {
    }

    /** One group of families (a region code, a category 1–6 or "none", a decile 1–10 or "unknown", a household type). */
    public record Group(String key, Change change) {
    }

    /**
     * Poverty as the law draws it: families whose per-capita income is at or below the poverty line are entitled to
     * targeted social assistance, and its amount is their gap to the line (in tenge a month).
     */
    public record Poverty(long familiesBefore, long personsBefore, long gapBefore, long familiesAfter,
                          long personsAfter, long gapAfter) {
    }

    /**
     * A family shown as an example, anonymised: no id, no name, no date; its household and region only.
     *
     * @param label    "gainer", "loser" or "unchanged"
     */
    public record Example(String label, String region, int members, int children, int pensionAge, int disabled,
                          Integer category, List<ExampleMeasure> measures) {
    }

    /** One measure of an example family, both ways: the amount and the changed parameters' values used. */
    public record ExampleMeasure(String measure, long before, long after, List<String> parametersBefore,
                                 List<String> parametersAfter) {
    }
}
