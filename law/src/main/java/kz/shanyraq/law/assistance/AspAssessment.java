package kz.shanyraq.law.assistance;

import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.region.Quarter;

import java.math.BigDecimal;
import java.util.List;

/**
 * Typed findings of one targeted-social-assistance assessment, next to the decision. Values the assessment did
 * not reach (because it stopped at a refusal or an unknown parameter) are {@code null}.
 *
 * @param applicationQuarter the quarter of the application day
 * @param incomeQuarter the quarter preceding it, whose income and regional figures are read
 * @param countedIncome the family's counted income of the income quarter (₸)
 * @param perCapitaIncome СДД, to the tiyn (shown; the comparison with the line is exact)
 * @param povertyLine the poverty line applied (whole ₸)
 * @param form unconditional / conditional (or not applicable before 2018)
 * @param ableBodied member ids counted as able-bodied
 */
public record AspAssessment(
        Decision decision,
        Quarter applicationQuarter,
        Quarter incomeQuarter,
        int members,
        BigDecimal countedIncome,
        BigDecimal perCapitaIncome,
        BigDecimal povertyLine,
        AspForm form,
        List<String> ableBodied) {

    public boolean entitled() {
        return decision instanceof Entitlement;
    }

    /**
     * Whether the family's per-capita income is above the poverty line, as the law compares them (its refusal
     * {@code income-within-line}); {@code null} when the assessment stopped before the comparison (another condition
     * failed first, or a figure was unknown). The one definition behind the figure "families above the poverty line
     * after the social contract" (case work).
     */
    public Boolean aboveThePovertyLine() {
        if (perCapitaIncome == null || povertyLine == null) {
            return null;
        }
        return decision instanceof kz.shanyraq.law.measure.Refusal r && r.condition().equals("income-within-line");
    }

    /** The monthly amount, or {@code null} without a right. */
    public Long amount() {
        return decision instanceof Entitlement e ? e.amount() : null;
    }
}
