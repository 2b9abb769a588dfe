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
 * Monthly allowance to a parent or guardian raising a child with disability (пособие лицу, воспитывающему ребёнка с
 * инвалидностью): 1.61 ПМ from 01.07.2023 (gfss.kz); the coefficient before is unknown. The stored sources do not
 * say whether it is paid per child, so we pay it for each child with disability.
 *
 * <p>Family evaluation: one decision per child under 18 with a disability in force; the beneficiary is the child,
 * the carer (a member declaring care, otherwise the mother) is checked and named in the conditions.
 */
public final class DisabledChildCarerAllowance implements MeasureWithConditions {

    public static final String ID = "disabled-child-carer-allowance";
    static final Text TITLE = Text.of("Пособие лицу, воспитывающему ребёнка с инвалидностью",
            "Мүгедектігі бар баланы тәрбиелеп отырған адамға жәрдемақы",
            "Allowance for raising a child with disability");
    private static final Text CARER = Text.of("В семье есть родитель или опекун, воспитывающий ребёнка",
            "Отбасында баланы тәрбиелейтін ата-ана немесе қорғаншы бар",
            "A parent or guardian in the family raises the child");
    private static final Text RESIDENT = Text.of("Ребёнок и воспитывающее его лицо постоянно проживают в РК",
            "Бала мен оны тәрбиелейтін адам ҚР-да тұрақты тұрады",
            "Child and the person raising the child permanently reside in Kazakhstan");
    private static final Text DISABLED_CHILD = Text.of("Ребёнку до 18 лет установлена инвалидность",
            "18 жасқа дейінгі балаға мүгедектік белгіленген", "A child under 18 has an established disability");
    /** Civil Code: a child is a person under 18. */
    private static final int MAJORITY = 18;

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.MONTHLY, "disabled-child-carer-allowance.coefficient");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InputKey.optionalNumber("children", 1, 20, Text.of(
                "число детей с инвалидностью (по умолчанию 1)", "мүгедектігі бар балалар саны (әдепкі 1)",
                "number of children with disability raised (default 1)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        int children = (int) inputs.number("children", 1);
        return Calculation.run(this, "carer", law, explain, c -> amount(c, children));
    }

    /**
     * Each child under 18 with a disability in force on the day (recorded as the condition "disabled-child"), then a
     * parent or guardian raising the child in the family, then permanent residence of both; one child's amount.
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .of(m -> m.born() && m.age() < MAJORITY && m.disabledOnTheDay(), "disabled-child", DISABLED_CHILD,
                    m -> m.age() + " y, since " + m.disabilitySince())
            .given("carer", CARER, Text.of("В семье нет родителя или опекуна, воспитывающего ребёнка",
                            "Отбасында баланы тәрбиелейтін ата-ана немесе қорғаншы жоқ",
                            "No parent or guardian raising the child in the family"),
                    m -> m.carer() >= 0, m -> m.carer() < 0 ? "—" : m.idOf(m.carer()))
            .given("resident", RESIDENT, Text.of(
                            "Ребёнок или воспитывающее его лицо не проживает постоянно в РК",
                            "Бала немесе оны тәрбиелейтін адам ҚР-да тұрақты тұрмайды",
                            "The child or the person raising the child does not permanently reside in Kazakhstan"),
                    m -> m.permanentlyResident() && m.permanentlyResident(m.carer()),
                    m -> m.status() + " / " + m.statusOf(m.carer()))
            .amountBy(1, m -> 0, i -> Map.of("children", "1"));

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain, (c, m) -> amount(c, 1));
    }

    private Decision amount(Calculation c, int children) {
        BigDecimal coefficient = c.number("disabled-child-carer-allowance.coefficient");
        BigDecimal pm = c.number("subsistence-minimum");
        BigDecimal raw = c.step("per-child", Text.of("Пособие на одного ребёнка", "Бір балаға жәрдемақы",
                "Allowance per child"), "coefficient × ПМ = " + coefficient.toPlainString() + " × "
                + pm.toPlainString(), coefficient.multiply(pm));
        long perChild = c.round("disabled-child-carer-allowance.rounding", raw);
        long amount = perChild;
        if (children > 1) {
            amount = c.step("amount", TITLE, "per child × children = " + perChild + " × " + children,
                    BigDecimal.valueOf(perChild * children)).longValueExact();
        }
        return c.entitle(Payment.MONTHLY, c.day(), null, amount);
    }
}
