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
import kz.shanyraq.law.measure.InvalidInputException;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static kz.shanyraq.law.benefit.insurance.AverageMonthlyIncome.plain;

/**
 * ГФСС social payment for loss of working capacity (социальная выплата на случай утраты трудоспособности),
 * monthly: {@code (ДСМ − 0.5 × МЗП) × КЗД × КСУ × КУТ}, with ДСМ over the 24 months before the month the right
 * arises and МЗП of the day the right arises (S35). The amount is fixed on assignment; a payment assigned before an
 * indexation date is raised by that indexation ({@link Indexation}). 10 % ОПВ are withheld from the assigned amount
 * (shown as a step; the amount is the assigned gross amount).
 */
public final class WorkCapacityLossPayment implements MeasureWithConditions {

    public static final String ID = "work-capacity-loss-payment";
    static final String INDEXATION_KEY = "work-capacity-loss";
    static final Text TITLE = Text.of("Социальная выплата на случай утраты трудоспособности",
            "Еңбек ету қабілетінен айырылған жағдайда әлеуметтік төлем",
            "Social payment for loss of working capacity");
    private static final Text LOSS = Text.of("Степень утраты общей трудоспособности (КУТ)",
            "Жалпы еңбек ету қабілетінен айырылу дәрежесі", "Degree of loss of general working capacity");
    private static final Text TOO_LITTLE_LOSS = Text.of("Степень утраты трудоспособности ниже наименьшей",
            "Еңбек ету қабілетінен айырылу дәрежесі ең төменгіден аз", "The loss of working capacity is below the least degree");
    private static final Text BASE = Text.of("Среднемесячный доход за вычетом доли МЗП",
            "ЕТЖ үлесін шегергендегі орташа айлық табыс", "Average income less the minimum-wage deduction");
    private static final Text NO_BASE = Text.of("Среднемесячный доход не превышает вычета из МЗП: выплата не исчисляется",
            "Орташа айлық табыс ЕТЖ шегерімінен аспайды", "The average income does not exceed the minimum-wage deduction");
    private static final Text ASSIGNED_DAY = Text.of("День возникновения права не позже дня расчёта",
            "Құқық туындаған күн есептеу күнінен кеш емес", "The right arose on or before the day calculated");
    private static final Text ASSIGNED_MONTH = Text.of("Месяц назначения (ГГГГММ)", "Тағайындау айы (ЖЖЖЖАА)",
            "Month of assignment (YYYYMM)");
    private static final Text FUTURE = Text.of("Месяц назначения позже дня расчёта",
            "Тағайындау айы есептеу күнінен кейін", "The month of assignment is after the day calculated");
    private static final Text OPV = Text.of("Удерживаемые обязательные пенсионные взносы (ОПВ)",
            "Ұсталатын міндетті зейнетақы жарналары", "Mandatory pension contributions withheld");
    private static final Text NET = Text.of("К выплате после удержания ОПВ", "МЗЖ ұстағаннан кейін төленетін сома",
            "Paid after withholding pension contributions");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.SOCIAL_INSURANCE_FUND, Payment.MONTHLY, "work-capacity-loss-payment.replacement-rate");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InsuranceTexts.AVERAGE_INCOME, InsuranceTexts.PARTICIPATION_MONTHS,
                InputKey.number("loss-percent", 30, 100, Text.of("степень утраты общей трудоспособности, %",
                        "еңбек ету қабілетінен айырылу дәрежесі, %", "degree of loss of general working capacity, %")),
                InputKey.optionalNumber("assigned-in", 201701, 209912, Text.of(
                        "для выплаты в выплате: год и месяц назначения ГГГГММ (иначе назначается в день расчёта)",
                        "төленіп жатқан төлем үшін: тағайындау жылы мен айы ЖЖЖЖАА",
                        "for a payment in payment: year and month it was assigned, YYYYMM (otherwise assigned on the day)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        BigDecimal average = BigDecimal.valueOf(inputs.number("average-income"));
        int participation = (int) inputs.number("participation-months");
        int loss = (int) inputs.number("loss-percent");
        if (inputs.has("assigned-in") && yearMonth(inputs.number("assigned-in")) == null) {
            // An impossible month is invalid input (exit 2), not a refusal of the law.
            throw new InvalidInputException("assigned-in", "invalid value '" + inputs.number("assigned-in")
                    + "' for key 'assigned-in' of measure " + ID + " (expected a year and month YYYYMM, month 01..12)");
        }
        return Calculation.run(this, "person", law, explain, c -> {
            LocalDate rightDay = law.day();
            if (inputs.has("assigned-in")) {
                YearMonth month = yearMonth(inputs.number("assigned-in"));
                c.check("assigned-in", ASSIGNED_MONTH, inputs.number("assigned-in"), true);
                if (!c.check("assigned-before", ASSIGNED_DAY, month, !month.atDay(1).isAfter(law.day()))) {
                    return c.refuse("assigned-before", FUTURE);
                }
                rightDay = month.atDay(1);
            }
            return amount(c, average, participation, loss, rightDay, null);
        });
    }

    /**
     * Each member with a disability in force on the day that records a loss of working capacity, written once for
     * both paths: insured; then, by the law of the day the right arose (the disability's first day), the average
     * income of the window before that month and the amount ({@link #amount}: the least degree of loss, the income
     * above the deduction, indexed to the day).
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .of(MemberOnDay::workCapacityLost, null, null, null)
            .given("insured", InsuranceTexts.INSURED, InsuranceTexts.NOT_INSURED, MemberOnDay::insured,
                    MemberOnDay::insured)
            .amountOf(WorkCapacityLossPayment::decide);

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain);
    }

    private static Decision decide(Calculation c, MemberOnDay m) {
        // The right arises on the day the loss of working capacity is established: that day's law sets the amount.
        LocalDate rightDay = m.disabilitySince();
        BigDecimal average = AverageMonthlyIncome.fromWindow(c, months -> m.contributionIncome(rightDay, months),
                rightDay, "work-capacity-loss-payment.average-income-months");
        return amount(c, average, m.participation(), m.workCapacityLossPercent(), rightDay, m.disabilityUntil());
    }

    /** The amount assigned by the law of the day the right arose, indexed to the calculation's day. */
    private static Decision amount(Calculation c, BigDecimal average, int participation, int lossPercent, LocalDate rightDay,
                            LocalDate until) {
        BigDecimal leastLoss = c.numberOn(rightDay, "work-capacity-loss-payment.minimum-loss", null);
        BigDecimal kut = BigDecimal.valueOf(lossPercent).movePointLeft(2);
        if (!c.check("loss-degree", LOSS, c.explaining() ? lossPercent + " %" : null, kut.compareTo(leastLoss) >= 0)) {
            return c.refuse("loss-degree", TOO_LITTLE_LOSS);
        }
        BigDecimal mzp = c.numberOn(rightDay, "minimum-wage", null);
        BigDecimal dsm = AverageMonthlyIncome.capped(c, average, rightDay, "work-capacity-loss-payment.income-cap-mzp", mzp);
        BigDecimal share = c.numberOn(rightDay, "work-capacity-loss-payment.mzp-deduction", null);
        BigDecimal base = c.step("base", BASE, c.explaining() ? plain(dsm) + " − " + plain(share) + " × " + plain(mzp) : null,
                dsm.subtract(share.multiply(mzp)));
        if (!c.check("income-above-deduction", BASE, c.explaining() ? plain(base) : null, base.signum() > 0)) {
            return c.refuse("income-above-deduction", NO_BASE);
        }
        BigDecimal kzd = c.numberOn(rightDay, "work-capacity-loss-payment.replacement-rate", null);
        c.step("participation", InsuranceTexts.PARTICIPATION, null, BigDecimal.valueOf(participation));
        BigDecimal ksu = ParticipationCoefficient.on(c, rightDay, participation);
        BigDecimal raw = c.step("amount", InsuranceTexts.AMOUNT, c.explaining() ? "(ДСМ − " + plain(share)
                + " × МЗП) × КЗД × КСУ × КУТ = " + plain(base) + " × " + plain(kzd) + " × " + plain(ksu) + " × " + plain(kut)
                : null,
                base.multiply(kzd).multiply(ksu).multiply(kut));
        long assigned = c.roundOn(rightDay, "work-capacity-loss-payment.rounding", raw);
        c.step("assigned", InsuranceTexts.ASSIGNED, c.explaining() ? "assigned by the law of " + rightDay : null, BigDecimal.valueOf(assigned));
        BigDecimal indexed = Indexation.apply(c, INDEXATION_KEY, rightDay, BigDecimal.valueOf(assigned));
        long payable = indexed.compareTo(BigDecimal.valueOf(assigned)) == 0 ? assigned
                : c.roundOn(rightDay, "work-capacity-loss-payment.rounding", indexed);
        BigDecimal rate = c.numberOn(rightDay, "work-capacity-loss-payment.pension-contribution-rate", null);
        BigDecimal opv = c.step("pension-contribution", OPV, c.explaining() ? payable + " × " + plain(rate) : null,
                BigDecimal.valueOf(payable).multiply(rate));
        c.step("net", NET, c.explaining() ? payable + " − " + plain(opv) : null, BigDecimal.valueOf(payable).subtract(opv));
        return c.entitle(Payment.MONTHLY, rightDay, until, payable);
    }

    /** YYYYMM as a month, or null if it is not one. */
    private static YearMonth yearMonth(long yyyymm) {
        try {
            return YearMonth.of((int) (yyyymm / 100), (int) (yyyymm % 100));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
