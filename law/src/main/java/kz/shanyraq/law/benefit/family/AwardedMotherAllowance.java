package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Monthly allowance to mothers awarded the pendant «Күміс алқа» (6.40 МРП) or «Алтын алқа» (7.40 МРП); the
 * «Алтын алқа» rate also covers mothers who earlier received the title «Мать-героиня» or the orders «Материнская
 * слава» I and II degree (seed 000). One decision per awarded member, by her highest award received by the day.
 */
public final class AwardedMotherAllowance implements Measure {

    public static final String ID = "awarded-mother-allowance";
    public static final String KUMIS_ALKA = "kumis-alka";
    public static final String ALTYN_ALKA = "altyn-alka";
    static final Text TITLE = Text.of("Пособие матерям, награждённым подвесками «Алтын алқа», «Күміс алқа»",
            "«Алтын алқа», «Күміс алқа» алқаларымен марапатталған аналарға жәрдемақы",
            "Awarded mothers allowance");
    private static final Text AWARD = Text.of("Награда матери (учитывается высшая)", "Ананың марапаты (ең жоғарысы)",
            "The mother's award (the highest counts)");
    private static final Text RESIDENT = Text.of("Мать постоянно проживает в РК", "Ана ҚР-да тұрақты тұрады",
            "The mother permanently resides in Kazakhstan");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.MONTHLY, "awarded-mother-allowance.coefficient");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InputKey.choice("award", List.of(KUMIS_ALKA, ALTYN_ALKA), Text.of(
                "награда: «Күміс алқа» или «Алтын алқа» (также «Мать-героиня», «Материнская слава» I, II)",
                "марапат: «Күміс алқа» немесе «Алтын алқа» (сондай-ақ «Батыр ана», «Ана даңқы» I, II)",
                "award: «Күміс алқа» or «Алтын алқа» (also «Мать-героиня», «Материнская слава» I and II)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        String award = inputs.choice("award");
        return Calculation.run(this, "mother", law, explain, c -> amount(c, award));
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        List<Decision> decisions = new ArrayList<>();
        LocalDate today = law.day();
        for (Member mother : family.members()) {
            Optional<String> rate = rate(mother, today);
            if (rate.isEmpty()) {
                continue;
            }
            decisions.add(Calculation.run(this, mother.id(), law, explain, c -> {
                c.check("award", AWARD, rate.get(), true);
                if (!c.check("resident", RESIDENT, mother.status(), mother.permanentlyResident())) {
                    return c.refuse("resident", Text.of("Мать не проживает постоянно в РК",
                            "Ана ҚР-да тұрақты тұрмайды", "The mother does not permanently reside in Kazakhstan"));
                }
                return amount(c, rate.get());
            }));
        }
        return decisions;
    }

    /** The rate of the member's highest award received by the day, if any. */
    static Optional<String> rate(Member member, LocalDate day) {
        Optional<String> best = Optional.empty();
        for (Award award : member.awards()) {
            if (award.awardedOn() != null && award.awardedOn().isAfter(day)) {
                continue;
            }
            if (award.kind() != AwardKind.KUMIS_ALKA) {
                return Optional.of(ALTYN_ALKA);
            }
            best = Optional.of(KUMIS_ALKA);
        }
        return best;
    }

    private Decision amount(Calculation c, String award) {
        BigDecimal coefficient = c.number("awarded-mother-allowance.coefficient", award);
        BigDecimal mrp = c.number("mrp", "social-benefits");
        BigDecimal raw = c.step("amount", TITLE, "coefficient × МРП = " + coefficient.toPlainString() + " × "
                + mrp.toPlainString(), coefficient.multiply(mrp));
        long amount = c.round("awarded-mother-allowance.rounding", raw);
        return c.entitle(Payment.MONTHLY, c.day(), null, amount);
    }
}
