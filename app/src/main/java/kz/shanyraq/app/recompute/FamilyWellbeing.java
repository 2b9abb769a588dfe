package kz.shanyraq.app.recompute;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.wellbeing.CriterionScore;
import kz.shanyraq.law.wellbeing.WellbeingScore;

import java.time.LocalDate;
import java.util.List;

/**
 * A family's well-being on its card: the category (2025 reference model) and the 2023 level evaluated for the
 * card's date with their explanation, the category of the published national run, and the family's transitions
 * across runs. Texts are in the three languages ({@code ru}, {@code kk}, {@code en}).
 *
 * @param category    the 2025 category as of the card's date; null when the law did not score it
 * @param level       the 2023 level as of the card's date; null when the law did not score it
 * @param published   the family's result in the published national run; null when not in it (or no run)
 * @param transitions the runs in which the family's category changed, oldest first
 */
public record FamilyWellbeing(Score category, Score level, PublishedCategory published,
                              List<Transition> transitions) {

    /** Said wherever a category is shown: the official weights are not public. */
    public static final Text REFERENCE = Text.of(
            "Справочная методика, построенная по открытым описаниям; не методика министерства (веса не опубликованы).",
            "Ашық сипаттамалар бойынша құрылған анықтамалық әдістеме; министрліктің әдістемесі емес (салмақтары жарияланбаған).",
            "A reference methodology built from public descriptions, not the ministry's (its weights are not public).");

    public FamilyWellbeing {
        transitions = List.copyOf(transitions);
    }

    public Text reference() {
        return REFERENCE;
    }

    /** The category and the level that were scored, in that order (for the page). */
    public List<Score> scores() {
        return java.util.stream.Stream.of(category, level).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * One methodology's result with its explanation.
     *
     * @param outcome   1–6 (category) or 1–5 (level A–E); 0 when undetermined
     * @param code      "1"…"6", "A"…"E" or "undetermined"
     * @param decidedBy the hard rule's code, {@code points} or {@code undetermined}
     * @param rule      the rule that set the outcome, for people
     * @param criteria  each criterion's measured value, band and points (empty when undetermined)
     */
    public record Score(String methodology, LocalDate version, LocalDate on, int outcome, String code, Text title,
                        long points, String decidedBy, Text rule, List<Criterion> criteria) {

        public Score {
            criteria = List.copyOf(criteria);
        }

        public boolean determined() {
            return outcome != 0;
        }

        static Score of(WellbeingScore s) {
            if (s == null) {
                return null;
            }
            return new Score(s.methodology(), s.versionFrom(), s.on(), s.outcome(), s.outcomeCode(),
                    s.outcomeTitle(), s.points(), s.decidedBy(), s.reason(),
                    s.criteria().stream().map(Criterion::of).toList());
        }
    }

    /**
     * One criterion as measured for the family.
     *
     * @param feature the registry measure it reads (code) and its unit
     * @param value   the measured value in that unit
     * @param band    the band of the criterion the value fell in
     */
    public record Criterion(String code, String group, Text title, String feature, String unit, long value,
                            String band, int points) {

        static Criterion of(CriterionScore c) {
            return new Criterion(c.code(), c.group(), c.title(), c.feature().code(), c.feature().unit(), c.value(),
                    c.band(), c.points());
        }
    }

    /** The family in the published national run: that run's date and the category and level it gave. */
    public record PublishedCategory(long runId, LocalDate asOf, Integer category, String level) {
    }

    /** A run in which the family's category changed: from (null when it had none) and to. */
    public record Transition(long runId, LocalDate asOf, Integer from, Integer to) {

        /** Up = to a higher, better-off category. */
        public String direction() {
            if (from == null || to == null) {
                return "new";
            }
            return to > from ? "up" : "down";
        }
    }
}
