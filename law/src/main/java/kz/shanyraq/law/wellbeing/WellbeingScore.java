package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.Text;

import java.time.LocalDate;
import java.util.List;

/**
 * A family's result under one methodology on one day.
 *
 * @param outcome      category 1–6 or level index 1–5 (A–E); {@link CompiledMethodology#UNDETERMINED} (0) when a
 *                     feature the methodology reads is unknown
 * @param outcomeCode  "1"…"6", "A"…"E" or "undetermined"
 * @param points       total points of the criteria (computed also when a hard rule decided)
 * @param criteria     each criterion with its measured value and points (empty when undetermined)
 * @param decidedBy    code of the hard rule that set the outcome, or {@code points}, or {@code undetermined}
 * @param reason       the rule that set the outcome, for people
 * @param explanation  null unless explained
 */
public record WellbeingScore(String family, String methodology, LocalDate versionFrom, LocalDate on, int outcome,
                             String outcomeCode, Text outcomeTitle, long points, List<CriterionScore> criteria,
                             String decidedBy, Text reason, WellbeingFeatures features, Explanation explanation) {

    public WellbeingScore {
        criteria = List.copyOf(criteria);
    }

    public boolean determined() {
        return outcome != CompiledMethodology.UNDETERMINED;
    }
}
