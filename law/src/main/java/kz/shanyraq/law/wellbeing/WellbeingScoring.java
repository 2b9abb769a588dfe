package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.wellbeing.Methodology.Band;
import kz.shanyraq.law.wellbeing.Methodology.Condition;
import kz.shanyraq.law.wellbeing.Methodology.Criterion;
import kz.shanyraq.law.wellbeing.Methodology.HardRule;
import kz.shanyraq.law.wellbeing.Methodology.MethodologyVersion;
import kz.shanyraq.law.wellbeing.Methodology.Outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a family under one methodology with its explanation: each criterion's measured value and points, the hard
 * rules checked, the rule that set the outcome, and the parameters read (with dates and sources). The national
 * recompute uses {@link CompiledMethodology} on the same data; a test proves both give the same outcome.
 */
public final class WellbeingScoring {

    private final ParameterBook book;
    private final Methodology methodology;

    public WellbeingScoring(ParameterBook book, Methodology methodology) {
        this.book = book;
        this.methodology = methodology;
    }

    public Methodology methodology() {
        return methodology;
    }

    /** The family's result on a day; with {@code explain}, its explanation. */
    public WellbeingScore score(Family family, LocalDate on, boolean explain) {
        Calculation c = Calculation.start(ScoringMeasure.INSTANCE, family.id(), book.on(on), explain);
        MethodologyVersion v;
        try {
            v = methodology.versionOn(on);
        } catch (ParameterUnknownException e) {
            return undetermined(c, family.id(), null, on, null, List.of(e.getMessage()));
        }
        WellbeingFeatures features;
        try {
            features = WellbeingFeatures.measure(c, family);
        } catch (ParameterUnknownException e) {
            // a parameter every feature needs (the income rules before our history): nothing can be scored
            return undetermined(c, family.id(), v, on, null, List.of(e.getMessage()));
        }
        return decide(c, family.id(), v, features);
    }

    /**
     * Undetermined for a reason outside the methodology (facts the registry does not cover on the day): no outcome,
     * the reason as given.
     */
    public WellbeingScore undetermined(Family family, LocalDate on, Text reason, boolean explain) {
        Calculation c = Calculation.start(ScoringMeasure.INSTANCE, family.id(), book.on(on), explain);
        MethodologyVersion v;
        try {
            v = methodology.versionOn(on);
        } catch (ParameterUnknownException e) {
            v = null;
        }
        return new WellbeingScore(family.id(), methodology.id(), v == null ? null : v.from(), on,
                CompiledMethodology.UNDETERMINED, "undetermined", UNDETERMINED_TITLE, 0, List.of(), "undetermined",
                reason, null, c.explanation("undetermined", null, reason, v == null ? methodology.id() : norm(v)));
    }

    /** The result for features measured elsewhere (no explanation). */
    public WellbeingScore score(String familyId, WellbeingFeatures features) {
        Calculation c = Calculation.start(ScoringMeasure.INSTANCE, familyId, book.on(features.on()), false);
        return decide(c, familyId, methodology.versionOn(features.on()), features);
    }

    private WellbeingScore decide(Calculation c, String familyId, MethodologyVersion v, WellbeingFeatures f) {
        // Hard rules in order: a rule needing an unknown value stops the scoring; one that holds decides.
        for (HardRule rule : v.hardRules()) {
            List<String> missing = missing(f, rule.when().stream().map(Condition::feature).toList());
            if (!missing.isEmpty()) {
                return undetermined(c, familyId, v, f.on(), f, missing);
            }
            boolean holds = true;
            StringBuilder seen = new StringBuilder();
            for (Condition cond : rule.when()) {
                long value = f.get(cond.feature());
                seen.append(seen.length() == 0 ? "" : "; ").append(cond.describe()).append(": ").append(value);
                holds &= cond.holds(value);
            }
            c.check("rule." + rule.code(), rule.title(), seen.toString(), holds);
            if (holds) {
                Outcome o = v.outcome(rule.outcome());
                Text reason = Text.of(
                        name(o, "ru") + " по правилу «" + rule.title().ru() + "»",
                        name(o, "kk") + ": «" + rule.title().kk() + "» ережесі бойынша",
                        name(o, "en") + " by the rule “" + rule.title().en() + "”");
                return result(c, familyId, v, f, o, pointsIfKnown(v, f), criteriaIfKnown(v, f), rule.code(), reason);
            }
        }
        List<String> missing = missing(f, v.criteria().stream().map(Criterion::feature).toList());
        if (!missing.isEmpty()) {
            return undetermined(c, familyId, v, f.on(), f, missing);
        }
        List<CriterionScore> scores = new ArrayList<>(v.criteria().size());
        long total = 0;
        for (Criterion k : v.criteria()) {
            long value = f.get(k.feature());
            Band band = k.band(value);
            scores.add(new CriterionScore(k.code(), k.group(), k.title(), k.feature(), value, band.describe(),
                    band.points()));
            total += band.points();
            c.step("criterion." + k.code(), k.title(), k.group() + ": " + k.feature().code() + " = " + value + ", band "
                    + band.describe() + " → points", BigDecimal.valueOf(band.points()));
        }
        c.step("points", POINTS, "sum of the criteria's points", BigDecimal.valueOf(total));
        for (int i = v.outcomes().size() - 1; i >= 0; i--) {
            Outcome o = v.outcomes().get(i);
            if (o.minPoints() != null && total >= o.minPoints()) {
                Text reason = Text.of(
                        name(o, "ru") + ": сумма баллов " + total + " ≥ порога " + o.minPoints(),
                        name(o, "kk") + ": балл сомасы " + total + " ≥ шегі " + o.minPoints(),
                        name(o, "en") + ": total points " + total + " ≥ threshold " + o.minPoints());
                return result(c, familyId, v, f, o, total, scores, "points", reason);
            }
        }
        return undetermined(c, familyId, v, f.on(), f, List.of("total points " + total + " reach no outcome"));
    }

    private static List<String> missing(WellbeingFeatures f, List<Feature> needed) {
        List<String> missing = new ArrayList<>();
        for (Feature x : needed) {
            if (!f.known(x) && !missing.contains(x.code() + ": " + f.unknownReasons().get(x))) {
                missing.add(x.code() + ": " + f.unknownReasons().get(x));
            }
        }
        return missing;
    }

    /** The criteria's scores shown beside a hard-rule outcome; empty when some criterion's value is unknown. */
    private static List<CriterionScore> criteriaIfKnown(MethodologyVersion v, WellbeingFeatures f) {
        List<CriterionScore> scores = new ArrayList<>();
        for (Criterion k : v.criteria()) {
            if (!f.known(k.feature())) {
                return List.of();
            }
            Band band = k.band(f.get(k.feature()));
            scores.add(new CriterionScore(k.code(), k.group(), k.title(), k.feature(), f.get(k.feature()),
                    band.describe(), band.points()));
        }
        return scores;
    }

    private static long pointsIfKnown(MethodologyVersion v, WellbeingFeatures f) {
        return criteriaIfKnown(v, f).stream().mapToLong(CriterionScore::points).sum();
    }

    private WellbeingScore result(Calculation c, String familyId, MethodologyVersion v, WellbeingFeatures f,
                                  Outcome o, long total, List<CriterionScore> scores, String decidedBy, Text reason) {
        return new WellbeingScore(familyId, methodology.id(), v.from(), f.on(), o.index(), o.code(), o.title(), total,
                scores, decidedBy, reason, f, c.explanation("scored", (long) o.index(), reason, norm(v)));
    }

    private WellbeingScore undetermined(Calculation c, String familyId, MethodologyVersion v, LocalDate on,
                                        WellbeingFeatures f, List<String> missing) {
        String why = String.join("; ", missing);
        Text reason = Text.of("Не определено: нет данных (" + why + ")", "Анықталмаған: деректер жоқ (" + why + ")",
                "Undetermined: data missing (" + why + ")");
        return new WellbeingScore(familyId, methodology.id(), v == null ? null : v.from(), on,
                CompiledMethodology.UNDETERMINED, "undetermined", UNDETERMINED_TITLE, 0, List.of(), "undetermined",
                reason, f, c.explanation("undetermined", null, reason, v == null ? methodology.id() : norm(v)));
    }

    private String norm(MethodologyVersion v) {
        return methodology.title().en() + " [" + methodology.id() + ", version from " + v.from() + ", status "
                + methodology.status() + (methodology.status().equals("reference")
                ? ": a reference methodology built from public descriptions, not the ministry's" : "")
                + "] (" + methodology.file() + ":" + v.line() + ")";
    }

    private static String name(Outcome o, String lang) {
        return o.title().in(lang);
    }

    static List<Feature> used(MethodologyVersion v) {
        List<Feature> used = new ArrayList<>();
        for (Criterion k : v.criteria()) {
            if (!used.contains(k.feature())) {
                used.add(k.feature());
            }
        }
        for (HardRule r : v.hardRules()) {
            for (Condition cond : r.when()) {
                if (!used.contains(cond.feature())) {
                    used.add(cond.feature());
                }
            }
        }
        return used;
    }

    private static final Text POINTS = Text.of("Сумма баллов", "Балл сомасы", "Total points");
    private static final Text UNDETERMINED_TITLE = Text.of("Не определено", "Анықталмаған", "Undetermined");

}
