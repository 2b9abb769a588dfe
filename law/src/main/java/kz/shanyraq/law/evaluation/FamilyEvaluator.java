package kz.shanyraq.law.evaluation;

import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.coverage.CoverageGap;
import kz.shanyraq.law.coverage.CoverageVerdict;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Problem;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.wellbeing.LocalBudgetRule;
import kz.shanyraq.law.wellbeing.Methodologies;
import kz.shanyraq.law.wellbeing.WellbeingScore;
import kz.shanyraq.law.wellbeing.WellbeingScoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates every measure of the catalogue for one family on one day. With {@code explain} every decision carries
 * its explanation; without, none does (and the calculation records nothing).
 */
public final class FamilyEvaluator {

    private final ParameterBook book;
    private final List<Measure> measures;
    private final WellbeingScoring categories;
    private final WellbeingScoring levels;

    /** Every measure of {@link Measures#all()}. */
    public FamilyEvaluator(ParameterBook book) {
        this(book, Measures.all());
    }

    public FamilyEvaluator(ParameterBook book, List<Measure> measures) {
        this.book = book;
        this.measures = List.copyOf(measures);
        this.categories = new WellbeingScoring(book, Methodologies.categories2025());
        this.levels = new WellbeingScoring(book, Methodologies.levels2023());
    }

    /** The family's decisions on a day, its facts taken as given (a family document: nothing outside coverage). */
    public FamilyEvaluation evaluate(Family family, LocalDate on, boolean explain) {
        return evaluate(family, on, explain, Coverage.GIVEN);
    }

    /**
     * The family's decisions on a day, read from a registry with this coverage: a measure or the scoring that needs
     * facts outside it is undetermined, naming the source and the months ({@link CoverageVerdict}).
     */
    public FamilyEvaluation evaluate(Family family, LocalDate on, boolean explain, Coverage coverage) {
        return evaluate(family, on, explain, verdict(on, coverage));
    }

    /** What the coverage serves on a day for this evaluator's measures (the same for every family). */
    public CoverageVerdict verdict(LocalDate on, Coverage coverage) {
        return CoverageVerdict.check(coverage, book.on(on), measures.stream().map(Measure::id).toList());
    }

    /** The family's decisions on the verdict's day, under its coverage. */
    public FamilyEvaluation evaluate(Family family, LocalDate on, boolean explain, CoverageVerdict verdict) {
        if (!verdict.on().equals(on)) {
            throw new IllegalArgumentException("coverage checked for " + verdict.on() + ", evaluation on " + on);
        }
        Law law = book.on(on);
        List<Entitlement> entitlements = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        List<Undetermined> undetermined = new ArrayList<>();
        Map<String, Text> titles = new LinkedHashMap<>();
        CoverageGap scoringGap = verdict.wellbeing().orElse(null);
        WellbeingScore category = scoringGap == null ? categories.score(family, on, explain)
                : categories.undetermined(family, on, scoringGap.reason(), explain);
        WellbeingScore level = scoringGap == null ? levels.score(family, on, explain)
                : levels.undetermined(family, on, scoringGap.reason(), explain);
        for (Measure measure : measures) {
            titles.put(measure.id(), measure.title());
            boolean refusedByCategory = LocalBudgetRule.refuses(category.outcome(), measure);
            CoverageGap gap = verdict.measure(measure.id()).orElse(null);
            for (Decision d : decisions(measure, family, law, explain)) {
                if (refusedByCategory && d instanceof Entitlement e) {
                    d = refuseByCategory(measure, e.beneficiary(), law, explain, category);
                }
                if (gap != null) {
                    // decided on facts the registry does not hold for the period: no answer rather than a wrong one
                    // (and the missing facts are the reason, before any unknown parameter the period also lacks)
                    d = Calculation.start(measure, d.beneficiary(), law, explain).undetermined(gap.missing(),
                            gap.reason());
                }
                if (!measure.id().equals(d.measure())) {
                    throw new IllegalStateException("measure " + measure.id() + " returned a decision of "
                            + d.measure());
                }
                if (d instanceof Entitlement e) {
                    entitlements.add(e);
                } else if (d instanceof Refusal r) {
                    refusals.add(r);
                } else {
                    undetermined.add((Undetermined) d);
                }
            }
        }
        return new FamilyEvaluation(family.id(), on, entitlements, refusals, undetermined, titles,
                warnings(family, on), category, level);
    }

    /** A right the measure's own rules give, refused because the family is in category 6 (local budgets). */
    private static Refusal refuseByCategory(Measure measure, String beneficiary, Law law, boolean explain,
                                            WellbeingScore category) {
        Calculation c = Calculation.start(measure, beneficiary, law, explain);
        c.check(LocalBudgetRule.CONDITION, CATEGORY_CHECK, category.outcomeCode() + " (" + category.methodology()
                + ", " + category.decidedBy() + ")", false);
        return c.refuse(LocalBudgetRule.CONDITION, LocalBudgetRule.reason(category));
    }

    private static final Text CATEGORY_CHECK = Text.of(
            "Категория благополучия семьи ниже 6 (меры местного бюджета)",
            "Отбасының әл-ауқат санаты 6-дан төмен (жергілікті бюджет шаралары)",
            "Family well-being category below 6 (local-budget measures)");

    private static List<Decision> decisions(Measure measure, Family family, Law law, boolean explain) {
        try {
            return measure.evaluate(family, law, explain);
        } catch (ParameterUnknownException e) {
            // A measure that reads a parameter before it picks its beneficiaries: the whole family is undetermined.
            return List.of(Calculation.start(measure, family.id(), law, explain).undetermined(e));
        } catch (RuntimeException e) {
            // Never a partial answer that looks complete: a failing measure stops the evaluation, named.
            throw new IllegalStateException("measure " + measure.id() + " failed for family " + family.id()
                    + " on " + law.day() + ": " + e.getMessage(), e);
        }
    }

    private static List<Problem> warnings(Family family, LocalDate on) {
        List<Problem> warnings = new ArrayList<>();
        for (int i = 0; i < family.members().size(); i++) {
            Member m = family.members().get(i);
            if (m.birthDate() != null && m.birthDate().isAfter(on)) {
                warnings.add(new Problem("/members/" + i + "/birthDate", "member '" + m.id() + "' is born "
                        + m.birthDate() + ", after the evaluation date " + on));
            }
        }
        return warnings;
    }
}
