package kz.shanyraq.app.casework.internal;

import kz.shanyraq.app.entitlements.RegistryRegionalFigures;
import kz.shanyraq.law.assistance.AspAssessment;
import kz.shanyraq.law.assistance.AspChildSupplement;
import kz.shanyraq.law.assistance.TargetedSocialAssistance;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The law as the case reads it: the shipped parameters with the registry's regional figures (the same book as the
 * family card), targeted social assistance and its child supplement for a family applying on a day.
 */
@Component
public class AspLaw {

    private static final TargetedSocialAssistance ASP = new TargetedSocialAssistance();
    private static final AspChildSupplement SUPPLEMENT = new AspChildSupplement();

    private final RegistryRegionalFigures regional;

    AspLaw(RegistryRegionalFigures regional) {
        this.regional = regional;
    }

    public Law on(LocalDate day) {
        return regional.book().on(day);
    }

    public WorkingDays workingDays() {
        return new WorkingDays(regional.book());
    }

    /**
     * The law's answer for a family applying on a day.
     *
     * @param childSupplement the monthly АСП child supplement (0 when none is due)
     * @param failedCondition the refused condition's code, or the unknown parameter for an undetermined answer
     * @param reason the refusal's words for the family (ru, kk, en)
     * @param explanation the explanation in Russian, for the decision's file
     */
    public record Answer(AspAssessment assessment, long childSupplement, String failedCondition, Text reason,
                         String explanation) {

        public boolean entitled() {
            return assessment.entitled();
        }

        public Entitlement entitlement() {
            return (Entitlement) assessment.decision();
        }
    }

    /** The assessment alone, without its explanation (for figures over many families). */
    public AspAssessment assess(Family family, LocalDate on) {
        return ASP.assess(family, on(on), false);
    }

    public Answer evaluate(Family family, LocalDate appliedOn) {
        Law law = on(appliedOn);
        AspAssessment a = ASP.assess(family, law, true);
        Decision d = a.decision();
        long supplement = 0;
        StringBuilder explanation = new StringBuilder(ExplanationText.render(d.explanation(), Locale.forLanguageTag("ru")));
        if (a.entitled()) {
            for (Decision s : SUPPLEMENT.evaluate(family, law, true)) {
                if (s instanceof Entitlement e) {
                    supplement += e.amount();
                    explanation.append("\n\n").append(ExplanationText.render(e.explanation(), Locale.forLanguageTag("ru")));
                }
            }
        }
        String failed = d instanceof Refusal r ? r.condition() : d instanceof Undetermined u ? u.parameter() : null;
        Text reason = d instanceof Refusal r ? r.reason() : d instanceof Undetermined u ? u.reason() : null;
        return new Answer(a, supplement, failed, reason, explanation.toString());
    }
}
