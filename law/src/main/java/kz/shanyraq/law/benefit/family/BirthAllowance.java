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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One-time state allowance on the birth of a child (единовременное пособие на рождение ребёнка):
 * 38 МРП for the 1st–3rd child, 63 МРП for the 4th and later, by the МРП in force on the day of birth;
 * the published fixed amounts for the first half of 2017.
 */
public final class BirthAllowance implements MeasureWithConditions {

    public static final String ID = "birth-allowance";
    static final Text TITLE = Text.of("Единовременное пособие на рождение ребёнка",
            "Бала тууына байланысты біржолғы жәрдемақы", "One-time birth allowance");
    private static final Text ORDER = Text.of("Очерёдность рождения ребёнка у матери",
            "Баланың анасынан туу реттілігі", "Birth order of the child");
    private static final Text RESIDENT = Text.of("Ребёнок и семья постоянно проживают в РК",
            "Бала мен отбасы ҚР-да тұрақты тұрады", "Child and family permanently reside in Kazakhstan");
    private static final Text RECENT = Text.of("Ребёнок родился в пределах срока обращения",
            "Бала жүгіну мерзімі ішінде туған", "Child born within the claim period");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.ONE_TIME, "birth-allowance.coefficient");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InputKey.number("child-order", 1, 30,
                Text.of("очерёдность рождения", "туу реттілігі", "birth order of the child (1 = first)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        int order = (int) inputs.number("child-order");
        return Calculation.run(this, "child", law, explain, c -> amount(c, order, law.day()));
    }

    /** The batch table's largest birth order and days since a birth (a child under one); beyond: the measure object. */
    private static final int MAX_ORDER = 30;
    private static final int DAYS = 367;

    /**
     * Each child born by the day and under one: born within the claim period, permanently resident, of a known
     * birth order; the amount by the law of the day of birth.
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .of(m -> m.born() && m.ageInMonths() < 12, null, null, null)
            .givenByLaw("recent-birth", RECENT, Text.of("Срок обращения истёк", "Жүгіну мерзімі өтті",
                            "The claim period has passed"),
                    law -> {
                        long months = law.number("birth-allowance.claim-months").longValue();
                        return m -> !m.birthDate().plusMonths(months).isBefore(m.day());
                    },
                    MemberOnDay::birthDate)
            .given("resident", RESIDENT, Text.of("Ребёнок не проживает постоянно в РК",
                            "Бала ҚР-да тұрақты тұрмайды", "The child does not permanently reside in Kazakhstan"),
                    MemberOnDay::permanentlyResident, MemberOnDay::status)
            .given("child-order", ORDER, Text.of("Не указана очерёдность рождения",
                            "Туу реттілігі көрсетілмеген", "The birth order of the child is not known"),
                    m -> m.birthOrder() != null && m.birthOrder() >= 1, MemberOnDay::birthOrder)
            // The right arises on the day of birth: the law of that day sets the amount.
            .amountBy(DAYS * (MAX_ORDER + 1),
                    m -> m.birthOrder() > MAX_ORDER ? -1 : m.daysSinceBirth() * (MAX_ORDER + 1) + m.birthOrder(),
                    i -> Map.of("child-order", Integer.toString(i % (MAX_ORDER + 1))),
                    i -> i / (MAX_ORDER + 1));

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain, (c, m) -> amount(c, m.birthOrder(), m.birthDate()));
    }

    private Decision amount(Calculation c, int order, LocalDate birthDay) {
        String key = String.valueOf(order);
        BigDecimal raw;
        if (c.law().book().parameter("birth-allowance.fixed-amount").versionOn(birthDay) != null) {
            raw = c.step("amount", TITLE, "fixed amount for the child order",
                    c.numberOn(birthDay, "birth-allowance.fixed-amount", key));
        } else {
            BigDecimal coefficient = c.numberOn(birthDay, "birth-allowance.coefficient", key);
            BigDecimal mrp = c.numberOn(birthDay, "mrp", "social-benefits");
            raw = c.step("amount", TITLE, "coefficient × МРП = " + coefficient.toPlainString() + " × "
                    + mrp.toPlainString(), coefficient.multiply(mrp));
        }
        long amount = c.roundOn(birthDay, "birth-allowance.rounding", raw);
        return c.entitle(Payment.ONE_TIME, birthDay, birthDay, amount);
    }
}
