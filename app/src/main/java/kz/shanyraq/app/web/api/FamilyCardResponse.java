package kz.shanyraq.app.web.api;

import kz.shanyraq.app.familycard.FamilyCard;
import kz.shanyraq.app.recompute.FamilyWellbeing;
import kz.shanyraq.app.registry.DataGap;
import kz.shanyraq.app.registry.Fact;
import kz.shanyraq.app.registry.MonthlyIncome;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;

import java.time.LocalDate;
import java.util.List;

/**
 * The family card as of a date.
 *
 * @param family the family document the law read (members and their facts on the date; its JSON form is the
 *               law module's family schema)
 * @param facts the registry's facts over time up to the date, with whether each is in force on it
 * @param incomes incomes of the members by month, for the months the law reads
 * @param gaps what the registry does not hold for the date and how the reading filled it
 * @param entitlements rights with amounts in whole tenge and their explanation
 * @param refusals measures that do not apply, naming the failed condition
 * @param undetermined measures the law cannot decide for want of a parameter value, or of facts outside the months
 *                     the registry's sources cover (the reason names the source and the period)
 * @param wellbeing the well-being category (2025 reference model) and 2023 level on the date, explained; the
 *                  category of the published national run; the family's category transitions across runs
 */
record FamilyCardResponse(long familyId, LocalDate on, Territory territory, Family family, List<Fact> facts,
                          List<MonthlyIncome> incomes, List<DataGap> gaps, List<Entitlement> entitlements,
                          List<Refusal> refusals, List<Undetermined> undetermined, FamilyWellbeing wellbeing) {

    static FamilyCardResponse of(FamilyCard card, FamilyWellbeing wellbeing) {
        var r = card.record();
        var e = card.entitlements();
        return new FamilyCardResponse(r.id(), r.on(), r.territory(), r.family(), r.facts(), r.incomes(), r.gaps(),
                e.entitlements(), e.refusals(), e.undetermined(), wellbeing);
    }
}
