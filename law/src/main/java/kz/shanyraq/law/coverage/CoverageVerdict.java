package kz.shanyraq.law.coverage;

import kz.shanyraq.law.parameter.Law;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the registry's coverage serves an evaluation on one day: for each measure and for the well-being scoring,
 * the first fact it needs outside its source's coverage (a {@link CoverageGap}), if any. A measure with a gap is
 * undetermined for every family it would decide; a scoring with a gap gives no category or level. Computed once per
 * day and coverage, never per family.
 */
public final class CoverageVerdict {

    private final LocalDate on;
    private final Coverage coverage;
    private final Map<String, CoverageGap> measures;
    private final CoverageGap wellbeing;

    private CoverageVerdict(LocalDate on, Coverage coverage, Map<String, CoverageGap> measures, CoverageGap wellbeing) {
        this.on = on;
        this.coverage = coverage;
        this.measures = Collections.unmodifiableMap(measures);
        this.wellbeing = wellbeing;
    }

    /** Checks {@link FactsNeeded} of each measure and of the scoring against the coverage, on the law's day. */
    public static CoverageVerdict check(Coverage coverage, Law law, List<String> measureIds) {
        Map<String, CoverageGap> gaps = new LinkedHashMap<>();
        for (String id : measureIds) {
            gap(coverage, FactsNeeded.forMeasure(id, law)).ifPresent(g -> gaps.put(id, g));
        }
        return new CoverageVerdict(law.day(), coverage, gaps,
                gap(coverage, FactsNeeded.forWellbeing(law)).orElse(null));
    }

    private static Optional<CoverageGap> gap(Coverage coverage, List<FactsNeeded.Need> needs) {
        for (FactsNeeded.Need n : needs) {
            Optional<MonthSpan> covered = coverage.of(n.source());
            if (covered.isPresent() && !covered.get().covers(n.months())) {
                return Optional.of(new CoverageGap(n.source(), n.months(), covered.get()));
            }
        }
        return Optional.empty();
    }

    public LocalDate on() {
        return on;
    }

    public Coverage coverage() {
        return coverage;
    }

    /** The gap that makes a measure undetermined on this day, if any. */
    public Optional<CoverageGap> measure(String measureId) {
        return Optional.ofNullable(measures.get(measureId));
    }

    /** Every measure with a gap, in the order checked. */
    public Map<String, CoverageGap> measureGaps() {
        return measures;
    }

    /** The gap that leaves the well-being scoring undetermined, if any. */
    public Optional<CoverageGap> wellbeing() {
        return Optional.ofNullable(wellbeing);
    }

    /** Whether every need of every measure and of the scoring is covered. */
    public boolean complete() {
        return measures.isEmpty() && wellbeing == null;
    }

    /** Each distinct gap's English reason, for a refusal message or a run summary. */
    public List<String> reasons() {
        LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>();
        if (wellbeing != null) {
            seen.put(wellbeing.reason().en(), true);
        }
        measures.values().forEach(g -> seen.put(g.reason().en(), true));
        return List.copyOf(seen.keySet());
    }
}
