package kz.shanyraq.law.benefit.insurance;

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
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Parameter;
import kz.shanyraq.law.parameter.ParameterVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static kz.shanyraq.law.benefit.insurance.AverageMonthlyIncome.plain;

/**
 * ГФСС social payment for child care until age 1.5 (социальная выплата на случай потери дохода в связи с уходом за
 * ребёнком по достижении им возраста полутора лет), monthly, per child: 40 % of ДСМ over the last 24 months, not
 * below the budget child-care allowance for that birth order and at most 40 % × 7 МЗП (S41). Paid until the child
 * is 1 year old before 01.01.2023 and 1.5 years from then (S38); the age limit in force on the day evaluated applies.
 *
 * <p>The right arises on the day of birth, or the day after the carer's pregnancy-and-childbirth leave ends when
 * that leave covers the birth; the 24 months before that month are averaged.
 *
 * <p>Each condition and the amount are written once ({@link MemberConditions}): the batch engine runs the same
 * declarations over every young child of a country (the amount, which depends on the carer's contributions, on a
 * calculation that records nothing), the explanation over the children of one family.
 */
public final class ChildcarePayment implements MeasureWithConditions {

    public static final String ID = "childcare-payment";
    static final String DURATION = "childcare-payment.duration-months";
    static final Text TITLE = Text.of("Социальная выплата по уходу за ребёнком до полутора лет",
            "Бала бір жарым жасқа толғанға дейін оның күтіміне байланысты әлеуметтік төлем",
            "Social payment for child care until age 1.5");
    private static final Text CARER = InsuredCarer.INSURED;
    private static final Text NO_CARER = Text.of(
            "Лицо, осуществляющее уход за ребёнком, не участвовало в социальном страховании, когда возникло право:"
                    + " назначается государственное пособие по уходу за ребёнком",
            "Баланы күтетін адам құқық туындаған кезде әлеуметтік сақтандыруға қатыспаған: бала күтімі жөніндегі"
                    + " мемлекеттік жәрдемақы тағайындалады",
            "The child's carer was not insured when the right arose: the budget child-care allowance applies instead");
    private static final Text UNDER_LIMIT = Text.of("Ребёнок не достиг возраста окончания выплаты",
            "Бала төлем аяқталатын жасқа толмаған", "The child is under the age the payment ends");
    private static final Text OVER_LIMIT = Text.of("Ребёнок достиг возраста окончания выплаты",
            "Бала төлем аяқталатын жасқа толды", "The child has reached the age the payment ends");
    private static final Text ORDER = Text.of("Очерёдность рождения ребёнка", "Баланың туу реттілігі",
            "Birth order of the child");
    private static final Text NO_ORDER = Text.of("Не указана очерёдность рождения", "Туу реттілігі көрсетілмеген",
            "The birth order of the child is not known");
    private static final Text BY_INCOME = Text.of("Доля среднемесячного дохода", "Орташа айлық табыстың үлесі",
            "Share of average income");
    private static final Text MINIMUM = Text.of("Наименьший размер (государственное пособие по уходу за ребёнком)",
            "Ең төменгі мөлшер (бала күтімі жөніндегі мемлекеттік жәрдемақы)",
            "Least amount (the budget child-care allowance)");
    private static final Text LARGER = Text.of("Большее из двух", "Екеуінің үлкені", "The larger of the two");
    private static final Text DURATION_TEXT = Text.of("Выплачивается до достижения ребёнком возраста (месяцев)",
            "Бала осы жасқа толғанға дейін төленеді (ай)", "Paid until the child is this many months old");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.SOCIAL_INSURANCE_FUND, Payment.MONTHLY, "childcare-payment.rate");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InsuranceTexts.AVERAGE_INCOME, InputKey.number("child-order", 1, 30,
                Text.of("очерёдность рождения", "туу реттілігі", "birth order of the child (1 = first)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        BigDecimal average = BigDecimal.valueOf(inputs.number("average-income"));
        int order = (int) inputs.number("child-order");
        return Calculation.run(this, "child", law, explain, c -> {
            c.step("duration", DURATION_TEXT, null, c.number(DURATION));
            return c.entitle(Payment.MONTHLY, law.day(), null, amount(c, average, order, law.day()));
        });
    }

    /**
     * Each child born by the day and younger than the longest age limit the law has had (the limit of the day decides):
     * a carer insured for the child by the one rule {@link InsuredCarer}, within the age limit of the day, a known
     * birth order, the right arisen by the day; then the amount by the carer's contributions before the right arose.
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .ofChildrenYoungerThan(ChildcarePayment::longestDuration)
            .given("insured-carer", CARER, NO_CARER, m -> m.insuredCarer(m.carer()),
                    m -> m.carer() < 0 ? "—" : m.idOf(m.carer()) + (m.insuredCarer(m.carer()) ? ": insured"
                            : ": not insured"))
            .givenByLaw("age-limit", UNDER_LIMIT, OVER_LIMIT, law -> {
                long months = law.number(DURATION).intValueExact();
                return m -> !m.day().isAfter(lastDayPaid(m, months));
            }, (law, m) -> m.ageInMonths() + " < " + law.number(DURATION).intValueExact() + " months")
            .given("child-order", ORDER, NO_ORDER, m -> m.birthOrder() != null && m.birthOrder() >= 1,
                    MemberOnDay::birthOrder)
            .given("right-arisen", InsuranceTexts.RIGHT_ARISEN,
                    m -> InsuranceTexts.notYet(m.childCareRightArises(m.carer())),
                    m -> !m.childCareRightArises(m.carer()).isAfter(m.day()), m -> m.childCareRightArises(m.carer()))
            .amountOf(ChildcarePayment::amount);

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain);
    }

    /**
     * The monthly amount once every condition held, from the carer's average income of the window before the month
     * the right arose, paid from that day until the day before the age limit.
     */
    private static Decision amount(Calculation c, MemberOnDay m) {
        int carer = m.carer();
        LocalDate rightDay = m.childCareRightArises(carer);
        BigDecimal average = AverageMonthlyIncome.fromWindow(c, rightDay, "childcare-payment.average-income-months",
                (day, months) -> m.contributionIncome(carer, day, months));
        if (!c.check("contributions", InsuranceTexts.CONTRIBUTIONS_IN_WINDOW, c.explaining() ? plain(average) : null,
                average.signum() > 0)) {
            return c.refuse("contributions", InsuranceTexts.NO_CONTRIBUTIONS_IN_WINDOW);
        }
        // The age limit was read (and recorded) by its condition; the last day paid follows from it.
        LocalDate until = lastDayPaid(m, c.law().number(DURATION).intValueExact());
        return c.entitle(Payment.MONTHLY, rightDay, until, amount(c, average, m.birthOrder(), rightDay));
    }

    /** The day before the child reaches the age limit of {@code months} months: the last day paid. */
    private static LocalDate lastDayPaid(MemberOnDay m, long months) {
        return m.birthDate().plusMonths(months).minusDays(1);
    }

    /** The amount by the law of the day the right arises: max(40 % × capped ДСМ, allowance), rounded. */
    private static long amount(Calculation c, BigDecimal average, int order, LocalDate rightDay) {
        BigDecimal dsm = AverageMonthlyIncome.capped(c, average, rightDay, "childcare-payment.income-cap-mzp");
        BigDecimal rate = c.numberOn(rightDay, "childcare-payment.rate", null);
        // The formulas are written only when explaining: the batch engine runs this for every paid child.
        BigDecimal byIncome = c.step("by-income", BY_INCOME, c.explaining() ? plain(rate) + " × " + plain(dsm) : null,
                rate.multiply(dsm));
        BigDecimal coefficient = c.numberOn(rightDay, "childcare-payment.minimum-coefficient", String.valueOf(order));
        BigDecimal mrp = c.numberOn(rightDay, "mrp", "social-benefits");
        BigDecimal minimum = c.step("minimum", MINIMUM, c.explaining() ? plain(coefficient) + " МРП × " + plain(mrp)
                : null, coefficient.multiply(mrp));
        // Rounding half-up is monotonic, so rounding the larger equals the larger of the rounded amounts.
        BigDecimal raw = c.step("amount", LARGER, c.explaining() ? "max(" + plain(byIncome) + "; " + plain(minimum)
                + ")" : null, byIncome.max(minimum));
        return c.roundOn(rightDay, "childcare-payment.rounding", raw);
    }

    /** The longest age limit in our history, to choose which children may be paid at all. */
    private static long longestDuration(Law law) {
        Parameter p = law.book().parameter(DURATION);
        long longest = 0;
        for (ParameterVersion v : p.versions()) {
            if (v.value() instanceof BigDecimal months) {
                longest = Math.max(longest, months.longValueExact());
            }
        }
        return longest;
    }
}
