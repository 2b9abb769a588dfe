package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.batch.FamilyConditions;
import kz.shanyraq.law.batch.FamilyOnDay;
import kz.shanyraq.law.batch.MeasureWithFamilyConditions;
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
 * ГФСС social payment for loss of breadwinner (социальная выплата на случай потери кормильца), monthly, to the
 * family: {@code (ДСМ − 0.5 × МЗП) × КЗД × КИ × КСУ} with the deceased's ДСМ over 24 months (S36). КЗД and the
 * number-of-dependants coefficient КИ are not known to us, so every amount is {@code Undetermined} naming the
 * parameter; eligibility (insured breadwinner, dependants under 18 or full-time students under 23) is still checked.
 */
public final class BreadwinnerLossPayment implements MeasureWithFamilyConditions {

    public static final String ID = "breadwinner-loss-payment";
    static final String INDEXATION_KEY = "breadwinner-loss";
    static final Text TITLE = Text.of("Социальная выплата на случай потери кормильца",
            "Асыраушысынан айырылған жағдайда әлеуметтік төлем", "Social payment for loss of breadwinner");
    private static final Text DECEASED_INSURED = Text.of("Умерший кормилец был участником системы социального страхования",
            "Қайтыс болған асыраушы әлеуметтік сақтандыру жүйесінің қатысушысы болған",
            "The deceased breadwinner participated in social insurance");
    private static final Text DECEASED_NOT_INSURED = Text.of("Умерший кормилец не был участником системы социального страхования",
            "Қайтыс болған асыраушы әлеуметтік сақтандыру жүйесінің қатысушысы болмаған",
            "The deceased breadwinner did not participate in social insurance");
    private static final Text DEPENDANTS = Text.of("Иждивенцы, которым выплата положена (до 18 лет; до 23 лет при очном обучении)",
            "Төлем тиесілі асырауындағылар (18 жасқа дейін; күндізгі оқуда 23 жасқа дейін)",
            "Dependants to be paid (under 18; under 23 in full-time study)");
    private static final Text NO_DEPENDANTS = Text.of("Нет иждивенцев, которым положена выплата",
            "Төлем тиесілі асырауындағылар жоқ", "No dependant is of an age to be paid");
    private static final Text BASE = Text.of("Среднемесячный доход кормильца за вычетом доли МЗП",
            "ЕТЖ үлесін шегергендегі асыраушының орташа айлық табысы", "Breadwinner's average income less the minimum-wage deduction");
    private static final Text NO_BASE = Text.of("Среднемесячный доход кормильца не превышает вычета из МЗП",
            "Асыраушының орташа айлық табысы ЕТЖ шегерімінен аспайды",
            "The breadwinner's average income does not exceed the minimum-wage deduction");

    private static final String DEPENDANT_AGE = "breadwinner-loss-payment.dependant-age";

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.SOCIAL_INSURANCE_FUND, Payment.MONTHLY, "breadwinner-loss-payment.replacement-rate");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InsuranceTexts.AVERAGE_INCOME, InsuranceTexts.PARTICIPATION_MONTHS,
                InputKey.number("dependants", 1, 20, Text.of("число иждивенцев", "асырауындағылар саны",
                        "number of dependants")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        BigDecimal average = BigDecimal.valueOf(inputs.number("average-income"));
        int participation = (int) inputs.number("participation-months");
        int dependants = (int) inputs.number("dependants");
        return Calculation.run(this, "family", law, explain,
                c -> amount(c, average, participation, dependants, law.day()));
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        if (family.breadwinnerLoss() == null) {
            return List.of();
        }
        FamilyOnDay f = FamilyOnDay.of(family, law);
        if (!CONDITIONS.applies(f, law)) {
            return List.of();
        }
        return List.of(Calculation.run(this, family.id(), law, explain,
                c -> CONDITIONS.decide(c, f, BreadwinnerLossPayment::decide)));
    }

    /**
     * The family's conditions, written once on the family's facts: a family whose breadwinner's day of death is
     * given gets one decision; the right arisen by the day (the day of death), the deceased insured, a dependant of
     * an age to be paid on the day; then, by the law of the day of death, the deceased's average income and the
     * amount ({@link #amount}).
     */
    public static final FamilyConditions CONDITIONS = FamilyConditions.of(law -> FamilyOnDay::breadwinnerLostOnADay)
            .given("right-arisen", InsuranceTexts.RIGHT_ARISEN, c -> FamilyConditions.check(FamilyOnDay::diedByTheDay,
                    FamilyOnDay::diedOn, f -> InsuranceTexts.notYet(f.diedOn())))
            .given("deceased-insured", DECEASED_INSURED, c -> FamilyConditions.check(FamilyOnDay::deceasedInsured,
                    FamilyOnDay::deceasedInsured, f -> DECEASED_NOT_INSURED))
            .given("dependants", DEPENDANTS, c -> {
                int ageLimit = c.number(DEPENDANT_AGE, "not-studying").intValueExact();
                int studentLimit = c.number(DEPENDANT_AGE, "full-time-student").intValueExact();
                return FamilyConditions.check(f -> f.dependantsPaid(ageLimit, studentLimit) > 0,
                        f -> f.dependantsPaidIds(ageLimit, studentLimit), f -> NO_DEPENDANTS);
            })
            .amountInBatch(BreadwinnerLossPayment::batchAmount);

    @Override
    public FamilyConditions familyConditions() {
        return CONDITIONS;
    }

    /** The batch engine's amount: the same {@link #decide} on a calculation that does not explain. */
    private static FamilyConditions.BatchAmount batchAmount(Law law) {
        BreadwinnerLossPayment measure = new BreadwinnerLossPayment();
        return f -> FamilyConditions.packed(Calculation.run(measure, "batch", law, false, c -> decide(c, f)));
    }

    /** A family whose every condition held: the deceased's average income and the amount for the dependants paid. */
    private static Decision decide(Calculation c, FamilyOnDay f) {
        // The right arises on the day of death: the deceased's income before that month is averaged.
        LocalDate rightDay = f.diedOn();
        BigDecimal average = AverageMonthlyIncome.fromWindow(c, months -> f.deceasedContributionIncome(rightDay,
                months), rightDay, "breadwinner-loss-payment.average-income-months");
        // The ages were read (and recorded) by the condition "dependants"; the count is of the same dependants.
        int paid = f.dependantsPaid(c.law().number(DEPENDANT_AGE, "not-studying").intValueExact(),
                c.law().number(DEPENDANT_AGE, "full-time-student").intValueExact());
        return amount(c, average, f.deceasedParticipation(), paid, rightDay);
    }

    private static Decision amount(Calculation c, BigDecimal average, int participation, int dependants, LocalDate rightDay) {
        BigDecimal mzp = c.numberOn(rightDay, "minimum-wage", null);
        BigDecimal dsm = AverageMonthlyIncome.capped(c, average, rightDay, "breadwinner-loss-payment.income-cap-mzp", mzp);
        BigDecimal share = c.numberOn(rightDay, "breadwinner-loss-payment.mzp-deduction", null);
        BigDecimal base = c.step("base", BASE, c.explaining() ? plain(dsm) + " − " + plain(share) + " × " + plain(mzp) : null,
                dsm.subtract(share.multiply(mzp)));
        if (!c.check("income-above-deduction", BASE, c.explaining() ? plain(base) : null, base.signum() > 0)) {
            return c.refuse("income-above-deduction", NO_BASE);
        }
        // Not known to us (❌): this read makes the decision Undetermined, naming the parameter.
        BigDecimal kzd = c.numberOn(rightDay, "breadwinner-loss-payment.replacement-rate", null);
        BigDecimal ki = c.numberOn(rightDay, "breadwinner-loss-payment.dependants-coefficient", String.valueOf(dependants));
        c.step("participation", InsuranceTexts.PARTICIPATION, null, BigDecimal.valueOf(participation));
        BigDecimal ksu = ParticipationCoefficient.on(c, rightDay, participation);
        BigDecimal raw = c.step("amount", InsuranceTexts.AMOUNT, c.explaining() ? "(ДСМ − " + plain(share)
                        + " × МЗП) × КЗД × КИ × КСУ = " + plain(base) + " × " + plain(kzd) + " × " + plain(ki) + " × "
                        + plain(ksu) : null,
                base.multiply(kzd).multiply(ki).multiply(ksu));
        long assigned = c.roundOn(rightDay, "breadwinner-loss-payment.rounding", raw);
        c.step("assigned", InsuranceTexts.ASSIGNED, c.explaining() ? "assigned by the law of " + rightDay : null, BigDecimal.valueOf(assigned));
        BigDecimal indexed = Indexation.apply(c, INDEXATION_KEY, rightDay, BigDecimal.valueOf(assigned));
        long payable = indexed.compareTo(BigDecimal.valueOf(assigned)) == 0 ? assigned
                : c.roundOn(rightDay, "breadwinner-loss-payment.rounding", indexed);
        return c.entitle(Payment.MONTHLY, rightDay, null, payable);
    }
}
