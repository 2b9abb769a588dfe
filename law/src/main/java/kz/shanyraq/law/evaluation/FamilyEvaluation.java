package kz.shanyraq.law.evaluation;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Problem;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.wellbeing.WellbeingScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the law says for one family on one day: every decision of every measure, grouped as entitlements,
 * refusals and undetermined results (in the order of the measure catalogue).
 *
 * @param measureTitles the measures evaluated, by id, in catalogue order (also those with no decision)
 * @param warnings      facts worth a second look that do not make the document invalid (a member born after the
 *                      evaluation date)
 * @param category      the family's category 1–6 under the 2025 (reference) scoring model; null if not scored
 * @param level         the family's level A–E under the 2023 (reference) methodology; null if not scored
 */
public record FamilyEvaluation(
        String family,
        LocalDate on,
        List<Entitlement> entitlements,
        List<Refusal> refusals,
        List<Undetermined> undetermined,
        Map<String, Text> measureTitles,
        List<Problem> warnings,
        WellbeingScore category,
        WellbeingScore level) {

    /** An evaluation without well-being scores. */
    public FamilyEvaluation(String family, LocalDate on, List<Entitlement> entitlements, List<Refusal> refusals,
                            List<Undetermined> undetermined, Map<String, Text> measureTitles, List<Problem> warnings) {
        this(family, on, entitlements, refusals, undetermined, measureTitles, warnings, null, null);
    }

    public FamilyEvaluation {
        entitlements = List.copyOf(entitlements);
        refusals = List.copyOf(refusals);
        undetermined = List.copyOf(undetermined);
        measureTitles = Collections.unmodifiableMap(new LinkedHashMap<>(measureTitles));
        warnings = List.copyOf(warnings);
    }

    /** Sum of the monthly entitlements, whole tenge. */
    public long monthlyTotal() {
        return total(Payment.MONTHLY);
    }

    /** Sum of the one-time entitlements, whole tenge. */
    public long oneTimeTotal() {
        return total(Payment.ONE_TIME);
    }

    private long total(Payment payment) {
        long sum = 0;
        for (Entitlement e : entitlements) {
            if (e.payment() == payment) {
                sum = Math.addExact(sum, e.amount());
            }
        }
        return sum;
    }

    /** The title of an evaluated measure. */
    public Text title(String measureId) {
        Text t = measureTitles.get(measureId);
        if (t == null) {
            throw new IllegalArgumentException("measure " + measureId + " was not evaluated");
        }
        return t;
    }

    /** Every decision: entitlements, then refusals, then undetermined results. */
    public List<Decision> decisions() {
        List<Decision> all = new ArrayList<>(entitlements);
        all.addAll(refusals);
        all.addAll(undetermined);
        return all;
    }
}
