package kz.shanyraq.app.entitlements;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
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

    public EntitlementReport evaluate(Family family, LocalDate on) {
        Law law = ParameterBook.standard().on(on);
        List<Decision> decisions = new ArrayList<>();
        for (Measure measure : Measures.all()) {
            decisions.addAll(measure.evaluate(family, law, true));
        }
        return EntitlementReport.of(on, decisions);
    }
}
