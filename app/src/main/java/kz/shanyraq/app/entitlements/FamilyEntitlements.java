package kz.shanyraq.app.entitlements;

import kz.shanyraq.app.registry.CoveredPeriods;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * Asks the law about one family on one date, with explanations: the law's family evaluator gives every measure's
 * decision and the family's well-being category (2025 reference model) and 2023 level; measures paid from local
 * budgets come back refused for category 6.
 */
@Service
public class FamilyEntitlements {

    private final RegistryRegionalFigures regional;
    private final CoveredPeriods coverage;
    private volatile Evaluator evaluator;

    /** The evaluator of the book in force: rebuilt only when the registry's regional figures change. */
    private record Evaluator(ParameterBook book, FamilyEvaluator law) {
    }

    public FamilyEntitlements(RegistryRegionalFigures regional, CoveredPeriods coverage) {
        this.regional = regional;
        this.coverage = coverage;
    }

    public EntitlementReport evaluate(Family family, LocalDate on) {
        // Shipped law plus the registry's regional figures (computed median income, operator-loaded official ones).
        ParameterBook book = regional.book();
        Evaluator e = evaluator;
        if (e == null || e.book() != book) {
            e = new Evaluator(book, new FamilyEvaluator(book));
            evaluator = e;
        }
        // What the registry's sources cover: a measure needing months outside it is undetermined, with the reason.
        FamilyEvaluation evaluation = e.law().evaluate(family, on, true, coverage.now());
        return new EntitlementReport(on, evaluation.entitlements(), evaluation.refusals(),
                evaluation.undetermined(), evaluation.category(), evaluation.level());
    }
}
