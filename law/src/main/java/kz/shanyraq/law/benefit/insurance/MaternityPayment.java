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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import static kz.shanyraq.law.benefit.insurance.AverageMonthlyIncome.plain;

/**
 * ГФСС social payment for pregnancy and childbirth (социальная выплата на случай потери дохода в связи с
 * беременностью и родами), one-time: {@code ДСМ × days of leave ÷ 30}, ДСМ over the 12 months before the month the
 * leave starts, capped at 7 МЗП (S42); 126 or 140 days (Labour Code art. 99, S43).
 *
 * <p>The amount is the <b>assigned gross amount</b>. 10 % mandatory pension contributions (ОПВ) are withheld from it
 * when paid; the withholding and the net sum are shown as steps of the explanation.
 */
public final class MaternityPayment implements MeasureWithConditions {

    public static final String ID = "maternity-payment";
    static final Text TITLE = Text.of("Социальная выплата на случай потери дохода в связи с беременностью и родами",
            "Жүктілікке және босануға байланысты табысынан айырылған жағдайда әлеуметтік төлем",
            "Social payment for loss of income due to pregnancy and childbirth");
    private static final Text DAYS = Text.of("Продолжительность отпуска по беременности и родам (дней)",
            "Жүктілік және босану демалысының ұзақтығы (күн)", "Days of pregnancy and childbirth leave");
    private static final Text WRONG_DAYS = Text.of("Такой продолжительности отпуска закон не предусматривает",
            "Демалыстың мұндай ұзақтығын заң көздемейді", "The law provides no leave of that length");
    private static final Text GROSS = Text.of("Назначенная сумма (до удержания ОПВ)", "Тағайындалған сома (МЗЖ ұстағанға дейін)",
            "Assigned amount (before pension contributions)");
    private static final Text OPV = Text.of("Удерживаемые обязательные пенсионные взносы (ОПВ)",
            "Ұсталатын міндетті зейнетақы жарналары", "Mandatory pension contributions withheld");
    private static final Text NET = Text.of("К выплате после удержания ОПВ", "МЗЖ ұстағаннан кейін төленетін сома",
            "Paid after withholding pension contributions");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.SOCIAL_INSURANCE_FUND, Payment.ONE_TIME, "maternity-payment.average-income-months");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InsuranceTexts.AVERAGE_INCOME, InputKey.choice("days", List.of("126", "140"),
                Text.of("дней отпуска по беременности и родам (140 — осложнённые роды или двое и более детей)",
                        "жүктілік және босану демалысының күндері",
                        "days of leave (140 for a complicated birth or two or more children)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        BigDecimal average = BigDecimal.valueOf(inputs.number("average-income"));
        int days = Integer.parseInt(inputs.choice("days"));
        return Calculation.run(this, "person", law, explain, c -> amount(c, average, days, law.day()));
    }

    /**
     * Each member with a maternity leave that has a start day, written once for both paths: insured, the right
     * arisen by the day (the first day of the leave); then, by the law of that day, contributions in the window
     * before the month the leave starts and the amount ({@link #amount}: the leave days the law gives, ДСМ capped).
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .of(MemberOnDay::maternityLeave, null, null, null)
            .given("insured", InsuranceTexts.INSURED, InsuranceTexts.NOT_INSURED, MemberOnDay::insured,
                    MemberOnDay::insured)
            .given("right-arisen", InsuranceTexts.RIGHT_ARISEN, m -> InsuranceTexts.notYet(m.maternityLeaveStarts()),
                    MemberOnDay::maternityLeaveStarted, MemberOnDay::maternityLeaveStarts)
            .amountOf(MaternityPayment::decide);

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain);
    }

    /** An insured member whose leave has started: the contributions of the window, then the amount. */
    private static Decision decide(Calculation c, MemberOnDay m) {
        // The right arises on the first day of the leave: the 12 months before that month are averaged.
        LocalDate rightDay = m.maternityLeaveStarts();
        BigDecimal average = AverageMonthlyIncome.fromWindow(c, months -> m.contributionIncome(rightDay, months),
                rightDay, "maternity-payment.average-income-months");
        if (!c.check("contributions", InsuranceTexts.CONTRIBUTIONS_IN_WINDOW, c.explaining() ? plain(average) : null,
                average.signum() > 0)) {
            return c.refuse("contributions", InsuranceTexts.NO_CONTRIBUTIONS_IN_WINDOW);
        }
        return amount(c, average, m.maternityLeaveDays(), rightDay);
    }

    private static Decision amount(Calculation c, BigDecimal average, int days, LocalDate rightDay) {
        BigDecimal normal = c.numberOn(rightDay, "maternity-payment.leave-days", "normal");
        BigDecimal longer = c.numberOn(rightDay, "maternity-payment.leave-days", "complicated-or-multiple");
        BigDecimal d = BigDecimal.valueOf(days);
        if (!c.check("leave-days", DAYS, days, d.compareTo(normal) == 0 || d.compareTo(longer) == 0)) {
            return c.refuse("leave-days", WRONG_DAYS);
        }
        BigDecimal dsm = AverageMonthlyIncome.capped(c, average, rightDay, "maternity-payment.income-cap-mzp");
        BigDecimal perMonth = c.numberOn(rightDay, "maternity-payment.days-in-month", null);
        BigDecimal raw = c.step("amount", InsuranceTexts.AMOUNT, c.explaining() ? "ДСМ × days ÷ " + plain(perMonth) + " = "
                        + plain(dsm) + " × " + days + " ÷ " + plain(perMonth) : null,
                dsm.multiply(d).divide(perMonth, AverageMonthlyIncome.SCALE, RoundingMode.HALF_UP));
        long gross = c.roundOn(rightDay, "maternity-payment.rounding", raw);
        c.step("gross", GROSS, c.explaining() ? "assigned by the law of " + rightDay : null, BigDecimal.valueOf(gross));
        BigDecimal rate = c.numberOn(rightDay, "maternity-payment.pension-contribution-rate", null);
        BigDecimal opv = c.step("pension-contribution", OPV, c.explaining() ? gross + " × " + plain(rate) : null,
                BigDecimal.valueOf(gross).multiply(rate));
        c.step("net", NET, c.explaining() ? gross + " − " + plain(opv) : null, BigDecimal.valueOf(gross).subtract(opv));
        return c.entitle(Payment.ONE_TIME, rightDay, rightDay, gross);
    }
}
