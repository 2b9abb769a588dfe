package kz.shanyraq.law.evaluation;

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

    /** Every measure of {@link Measures#all()}. */
    public FamilyEvaluator(ParameterBook book) {
        this(book, Measures.all());
    }

    public FamilyEvaluator(ParameterBook book, List<Measure> measures) {
        this.book = book;
        this.measures = List.copyOf(measures);
    }

    public FamilyEvaluation evaluate(Family family, LocalDate on, boolean explain) {
        Law law = book.on(on);
        List<Entitlement> entitlements = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        List<Undetermined> undetermined = new ArrayList<>();
        Map<String, Text> titles = new LinkedHashMap<>();
        for (Measure measure : measures) {
            titles.put(measure.id(), measure.title());
            for (Decision d : decisions(measure, family, law, explain)) {
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
                warnings(family, on));
    }

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
