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
import java.time.LocalDate;
import java.util.List;

import static kz.shanyraq.law.benefit.insurance.AverageMonthlyIncome.plain;

/**
 * ГФСС social payment for job loss (социальная выплата на случай потери работы), monthly:
 * {@code ДСМ × КЗД × КСУ} (КЗД 0.40 before 01.01.2023, 0.45 from then, S38), paid for 1 to 6 months by
 * participation length, to a person registered as unemployed with at least 6 months of contributions; the reason
 * for dismissal does not matter (S39). The entitlement period is the months paid from the day of registration.
 */
public final class JobLossPayment implements MeasureWithConditions {

    public static final String ID = "job-loss-payment";
    static final Text TITLE = Text.of("Социальная выплата на случай потери работы",
            "Жұмысынан айырылған жағдайда әлеуметтік төлем", "Social payment for job loss");
    private static final Text REGISTERED = Text.of("Зарегистрирован в качестве безработного",
            "Жұмыссыз ретінде тіркелген", "Registered as unemployed");
    private static final Text NOT_REGISTERED = Text.of("Лицо не зарегистрировано в качестве безработного",
            "Тұлға жұмыссыз ретінде тіркелмеген", "The person is not registered as unemployed");
    private static final Text NOT_EMPLOYED = Text.of("Не работает", "Жұмыс істемейді", "Not in work");
    private static final Text EMPLOYED = Text.of("Лицо работает", "Тұлға жұмыс істейді", "The person is in work");
    private static final Text ENOUGH_PARTICIPATION = Text.of("Стаж участия не меньше наименьшего (месяцев)",
            "Қатысу өтілі ең аздан кем емес (ай)", "Months of contributions at least the least required");
    private static final Text TOO_LITTLE_PARTICIPATION = Text.of("Стаж участия меньше наименьшего для выплаты",
            "Қатысу өтілі төлем үшін ең аздан кем", "Too few months of contributions for the payment");
    private static final Text MONTHS = Text.of("Число месяцев выплаты по стажу участия",
            "Қатысу өтілі бойынша төлем айларының саны", "Number of months paid, by participation length");
    private static final Text IN_PERIOD = Text.of("День расчёта в периоде выплаты", "Есептеу күні төлем кезеңінде",
            "The day evaluated is within the months paid");
    private static final Text PERIOD_OVER = Text.of("Период выплаты истёк", "Төлем кезеңі аяқталды",
            "The months paid are over");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.SOCIAL_INSURANCE_FUND, Payment.MONTHLY, "job-loss-payment.replacement-rate");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InsuranceTexts.AVERAGE_INCOME, InsuranceTexts.PARTICIPATION_MONTHS);
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        BigDecimal average = BigDecimal.valueOf(inputs.number("average-income"));
        int participation = (int) inputs.number("participation-months");
        return Calculation.run(this, "person", law, explain, c -> amount(c, average, participation, law.day()));
    }

    /**
     * Each member whose employment records a registration or a job loss, written once for both paths: registered
     * as unemployed by the day, not in work, insured; then, by the law of the day of registration (the right arises
     * that day), the average income of the window before that month and the amount ({@link #amount}: the least
     * participation, the months paid and whether the day is within them).
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .of(MemberOnDay::jobLossOnRecord, null, null, null)
            .given("registered-unemployed", REGISTERED, NOT_REGISTERED, MemberOnDay::registeredUnemployedByTheDay,
                    MemberOnDay::registeredUnemployedOn)
            .given("not-employed", NOT_EMPLOYED, EMPLOYED, m -> !m.employed(), m -> !m.employed())
            .given("insured", InsuranceTexts.INSURED, InsuranceTexts.NOT_INSURED, MemberOnDay::insured,
                    MemberOnDay::insured)
            .amountOf(JobLossPayment::decide);

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain);
    }

    private static Decision decide(Calculation c, MemberOnDay m) {
        // The right arises on registration as unemployed: the 24 months before that month are averaged.
        LocalDate registered = m.registeredUnemployedOn();
        BigDecimal average = AverageMonthlyIncome.fromWindow(c, months -> m.contributionIncome(registered, months),
                registered, "job-loss-payment.average-income-months");
        return amount(c, average, m.participation(), registered);
    }

    private static Decision amount(Calculation c, BigDecimal average, int participation, LocalDate rightDay) {
        BigDecimal least = c.numberOn(rightDay, "job-loss-payment.minimum-participation-months", null);
        if (!c.check("participation", ENOUGH_PARTICIPATION, c.explaining() ? participation + " ≥ " + plain(least) : null,
                participation >= least.intValueExact())) {
            return c.refuse("participation", TOO_LITTLE_PARTICIPATION);
        }
        BigDecimal dsm = AverageMonthlyIncome.capped(c, average, rightDay, "job-loss-payment.income-cap-mzp");
        BigDecimal kzd = c.numberOn(rightDay, "job-loss-payment.replacement-rate", null);
        BigDecimal ksu = ParticipationCoefficient.on(c, rightDay, participation);
        BigDecimal raw = c.step("amount", InsuranceTexts.AMOUNT, c.explaining() ? "ДСМ × КЗД × КСУ = " + plain(dsm) + " × "
                + plain(kzd) + " × " + plain(ksu) : null, dsm.multiply(kzd).multiply(ksu));
        int months = c.step("months", MONTHS, c.explaining() ? participation + " months of participation" : null,
                c.numberOn(rightDay, "job-loss-payment.duration-months", String.valueOf(participation))).intValueExact();
        if (months <= 0) {
            return c.refuse("participation", TOO_LITTLE_PARTICIPATION);
        }
        LocalDate until = rightDay.plusMonths(months).minusDays(1);
        if (!c.check("in-period", IN_PERIOD, c.explaining() ? rightDay + " – " + until + " (" + months + " months)" : null,
                !c.day().isAfter(until))) {
            return c.refuse("in-period", PERIOD_OVER);
        }
        long amount = c.roundOn(rightDay, "job-loss-payment.rounding", raw);
        return c.entitle(Payment.MONTHLY, rightDay, until, amount);
    }
}
