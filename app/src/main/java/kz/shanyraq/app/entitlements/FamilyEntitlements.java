package kz.shanyraq.app.entitlements;

import kz.shanyraq.app.registry.CoveredPeriods;
import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Asks the law about one family on one date, with explanations: the law's family evaluator gives every measure's
 * decision and the family's well-being category (2025 reference model) and 2023 level; measures paid from local
 * budgets come back refused for category 6.
 */
@Service
public class FamilyEntitlements {

    /** Reports kept at most (each with its explanations is tens of kilobytes). */
    static final int KEPT_REPORTS = 256;

    private final RegistryRegionalFigures regional;
    private final CoveredPeriods coverage;
    private volatile Evaluator evaluator;
    /**
     * The law's answer is a function of its inputs alone (the law reads no clock and no database): the family document
     * as read (a deep value: records and unmodifiable lists), the date, the coverage and the parameter book (the same
     * object until the registry's regional figures change; compared by identity). So a card read again while none of
     * them changed gets the answer already computed, and any change to any input — a registry fact, a new coverage, new
     * regional figures — is a different key. The most recently used reports are kept.
     */
    private final Map<Key, EntitlementReport> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT_REPORTS * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, EntitlementReport> eldest) {
                    return size() > KEPT_REPORTS;
                }
            });

    private record Key(ParameterBook book, Coverage coverage, Family family, LocalDate on) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.book == book && k.coverage.equals(coverage) && k.family.equals(family)
                    && k.on.equals(on);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(book), coverage, family, on);
        }
    }

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
        Coverage covered = coverage.now();
        Key key = new Key(book, covered, family, on);
        EntitlementReport known = recent.get(key);
        if (known != null) {
            return known;
        }
        FamilyEvaluation evaluation = e.law().evaluate(family, on, true, covered);
        EntitlementReport report = new EntitlementReport(on, evaluation.entitlements(), evaluation.refusals(),
                evaluation.undetermined(), evaluation.category(), evaluation.level());
        recent.put(key, report);
        return report;
    }
}
