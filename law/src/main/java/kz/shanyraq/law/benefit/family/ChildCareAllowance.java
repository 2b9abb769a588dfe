package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.batch.MeasureWithConditions;
import kz.shanyraq.law.batch.MemberConditions;
import kz.shanyraq.law.batch.MemberOnDay;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.benefit.insurance.InsuredCarer;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Monthly state allowance for the care of a child to age 1.5 (пособие по уходу за ребёнком до достижения им
 * возраста полутора лет), paid from the budget only when the carer is not a participant of compulsory social
 * insurance: an insured carer gets the ГФСС child-care payment instead. Coefficient by birth order × МРП.
 * The care period was one year until 31.12.2022 ({@code childcare-allowance.duration-months}).
 *
 * <p>Family evaluation: one decision per child within the care period; the beneficiary is the child, the carer is
 * a member who declares care for the child ({@code caresFor}) or else the mother.
 *
 * <p>Each condition is written once ({@link MemberConditions}): the batch engine runs the same declarations over
 * every child of a country, the explanation over the children of one family.
 *
 * <p>Insurance rule: {@link InsuredCarer}, the one rule the ГФСС child-care payment reads too (insured when the right
 * arose: a contribution for the month of birth or the month before, or, for a carer whose maternity leave covers
 * the birth, for the month the leave began or the month before).
 */
public final class ChildCareAllowance implements MeasureWithConditions {

    public static final String ID = "childcare-allowance";
    static final Text TITLE = Text.of("Пособие по уходу за ребёнком до 1,5 лет",
            "Бала 1,5 жасқа толғанға дейін оның күтіміне байланысты жәрдемақы",
            "Child-care allowance to age 1.5");
    private static final Text PERIOD = Text.of("Ребёнок не достиг конца периода ухода (месяцев от рождения)",
            "Бала күтім кезеңінің соңына жетпеген (туғаннан бері ай)",
            "The child is within the care period (months since birth)");
    private static final Text RESIDENT = Text.of("Ребёнок и лицо, осуществляющее уход, постоянно проживают в РК",
            "Бала мен күтім жасайтын адам ҚР-да тұрақты тұрады",
            "Child and carer permanently reside in Kazakhstan");
    private static final Text CARER = Text.of("В семье есть лицо, осуществляющее уход за ребёнком",
            "Отбасында баланы күтетін адам бар", "A member of the family cares for the child");
    private static final Text UNINSURED = InsuredCarer.NOT_INSURED;
    private static final Text ORDER = Text.of("Очерёдность рождения ребёнка у матери",
            "Баланың анасынан туу реттілігі", "Birth order of the child");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.MONTHLY, "childcare-allowance.coefficient");

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
        // A direct question presumes a carer outside social insurance; the period is open here.
        return Calculation.run(this, "child", law, explain, c -> amount(c, order, law.day(), null));
    }

    /** The batch table's largest birth order; beyond: the measure object. */
    private static final int MAX_ORDER = 30;
    /** Children younger than this many months get a decision when the care period is not given (undetermined). */
    private static final int UNKNOWN_PERIOD_MONTHS = 24;
    private static final String PERIOD_MONTHS = "childcare-allowance.duration-months";

    /**
     * Each child born by the day and younger than the care period: within the period (birth + months − 1 day), a
     * carer in the family, child and carer permanently resident, the carer not insured when the right arose, a known
     * birth order; the monthly amount by the order.
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .ofByLaw(law -> {
                long months = law.number(PERIOD_MONTHS).longValue();
                return m -> m.born() && m.ageInMonths() < months;
            }, m -> m.born() && m.ageInMonths() < UNKNOWN_PERIOD_MONTHS)
            .givenByLaw("care-period", PERIOD, Text.of("Ребёнок старше периода ухода",
                            "Бала күтім кезеңінен үлкен", "The child is past the care period"),
                    law -> {
                        long months = law.number(PERIOD_MONTHS).longValue();
                        return m -> !m.day().isAfter(m.birthDate().plusMonths(months).minusDays(1));
                    },
                    MemberOnDay::ageInMonths)
            .given("carer", CARER, Text.of("В семье нет матери или иного лица, осуществляющего уход",
                            "Отбасында анасы немесе күтім жасайтын басқа адам жоқ",
                            "No mother or other carer of the child in the family"),
                    m -> m.carer() >= 0, m -> m.carer() >= 0 ? m.idOf(m.carer()) : "—")
            .given("resident", RESIDENT, Text.of("Ребёнок или лицо, осуществляющее уход, не проживает постоянно в РК",
                            "Бала немесе күтім жасайтын адам ҚР-да тұрақты тұрмайды",
                            "The child or the carer does not permanently reside in Kazakhstan"),
                    m -> m.permanentlyResident() && m.permanentlyResident(m.carer()),
                    m -> m.status() + " / " + m.statusOf(m.carer()))
            .given("not-insured", UNINSURED, Text.of(
                            "Лицо, осуществляющее уход, участвует в обязательном социальном страховании: вместо пособия"
                                    + " назначается социальная выплата ГФСС по уходу за ребёнком",
                            "Күтім жасайтын адам міндетті әлеуметтік сақтандыруға қатысады: жәрдемақының орнына МӘСҚ-тан"
                                    + " бала күтіміне байланысты әлеуметтік төлем тағайындалады",
                            "The carer is insured in compulsory social insurance: the ГФСС child-care payment replaces"
                                    + " this allowance"),
                    m -> !m.insuredCarer(m.carer()), m -> m.insuredCarer(m.carer()) ? "insured" : "not insured")
            .given("child-order", ORDER, Text.of("Не указана очерёдность рождения",
                            "Туу реттілігі көрсетілмеген", "The birth order of the child is not known"),
                    m -> m.birthOrder() != null && m.birthOrder() >= 1, MemberOnDay::birthOrder)
            .amountBy(MAX_ORDER + 1, m -> m.birthOrder() > MAX_ORDER ? -1 : m.birthOrder(),
                    i -> Map.of("child-order", Integer.toString(i)));

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain, (c, m) -> amount(c, m.birthOrder(), m.birthDate(),
                m.birthDate().plusMonths(c.number(PERIOD_MONTHS).longValue()).minusDays(1)));
    }

    /** Monthly amount by the МРП of the calculation's day. */
    private Decision amount(Calculation c, int order, LocalDate from, LocalDate to) {
        BigDecimal coefficient = c.number("childcare-allowance.coefficient", String.valueOf(order));
        BigDecimal mrp = c.number("mrp", "social-benefits");
        BigDecimal raw = c.step("amount", TITLE, "coefficient × МРП = " + coefficient.toPlainString() + " × "
                + mrp.toPlainString(), coefficient.multiply(mrp));
        long amount = c.round("childcare-allowance.rounding", raw);
        return c.entitle(Payment.MONTHLY, from, to, amount);
    }
}
