package kz.shanyraq.app.entitlements;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the law about one family on one date, with explanations. Kept this small on purpose: it is the one place
 * that will later hand over to the law module's family evaluator.
 */
@Service
public class FamilyEntitlements {

    private final RegistryRegionalFigures regional;

    public FamilyEntitlements(RegistryRegionalFigures regional) {
        this.regional = regional;
    }

    public EntitlementReport evaluate(Family family, LocalDate on) {
        // Shipped law plus the registry's regional figures (computed median income, operator-loaded official ones).
        Law law = regional.book().on(on);
        List<Decision> decisions = new ArrayList<>();
        for (Measure measure : Measures.all()) {
            decisions.addAll(measure.evaluate(family, law, true));
        }
        return EntitlementReport.of(on, decisions);
    }
}
