package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.batch.MeasureWithConditions;
import kz.shanyraq.law.batch.MemberConditions;
import kz.shanyraq.law.batch.MemberOnDay;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
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
import java.util.List;
import java.util.Map;

/**
 * Monthly allowance to mothers awarded the pendant «Күміс алқа» (6.40 МРП) or «Алтын алқа» (7.40 МРП); the
 * «Алтын алқа» rate also covers mothers who earlier received the title «Мать-героиня» or the orders «Материнская
 * слава» I and II degree (seed 000). One decision per awarded member, by her highest award received by the day.
 */
public final class AwardedMotherAllowance implements MeasureWithConditions {

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

    /**
     * Each member with an award received by the day (the highest counts, recorded as the condition "award"), then
     * her permanent residence; the amount by the rate of the award.
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .of(m -> m.highestAward() > 0, "award", AWARD, m -> rate(m.highestAward()))
            .given("resident", RESIDENT, Text.of("Мать не проживает постоянно в РК",
                            "Ана ҚР-да тұрақты тұрмайды", "The mother does not permanently reside in Kazakhstan"),
                    MemberOnDay::permanentlyResident, MemberOnDay::status)
            .amountBy(3, MemberOnDay::highestAward, award -> Map.of("award", rate(award)));

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain, (c, m) -> amount(c, rate(m.highestAward())));
    }

    /** The rate of a {@link MemberOnDay#highestAward()}: 2 «Алтын алқа», 1 «Күміс алқа». */
    static String rate(int highestAward) {
        return highestAward == 2 ? ALTYN_ALKA : KUMIS_ALKA;
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
