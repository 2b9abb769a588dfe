package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.SocialInsurance;
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

import static kz.shanyraq.law.benefit.insurance.AverageMonthlyIncome.plain;

/**
 * ГФСС social payment for loss of breadwinner (социальная выплата на случай потери кормильца), monthly, to the
 * family: {@code (ДСМ − 0.5 × МЗП) × КЗД × КИ × КСУ} with the deceased's ДСМ over 24 months (S36). КЗД and the
 * number-of-dependants coefficient КИ are not known to us, so every amount is {@code Undetermined} naming the
 * parameter; eligibility (insured breadwinner, dependants under 18 or full-time students under 23) is still checked.
 */
public final class BreadwinnerLossPayment implements Measure {

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
        BreadwinnerLoss loss = family.breadwinnerLoss();
        if (loss == null || loss.diedOn() == null) {
            return List.of();
        }
        return List.of(Calculation.run(this, family.id(), law, explain, c -> {
            if (!c.check("right-arisen", InsuranceTexts.RIGHT_ARISEN, loss.diedOn(), !loss.diedOn().isAfter(c.day()))) {
                return c.refuse("right-arisen", InsuranceTexts.notYet(loss.diedOn()));
            }
            SocialInsurance insurance = loss.deceasedInsurance();
            if (!c.check("deceased-insured", DECEASED_INSURED, insurance != null, insurance != null)) {
                return c.refuse("deceased-insured", DECEASED_NOT_INSURED);
            }
            List<String> paid = dependantsPaid(c, family, loss);
            if (!c.check("dependants", DEPENDANTS, paid, !paid.isEmpty())) {
                return c.refuse("dependants", NO_DEPENDANTS);
            }
            // The right arises on the day of death: the deceased's income before that month is averaged.
            LocalDate rightDay = loss.diedOn();
            BigDecimal average = AverageMonthlyIncome.fromContributions(c, insurance.contributions(), rightDay,
                    "breadwinner-loss-payment.average-income-months");
            return amount(c, average, insurance.participation(), paid.size(), rightDay);
        }));
    }

    /** Dependants of the deceased who are of an age to be paid on the calculation's day. */
    private static List<String> dependantsPaid(Calculation c, Family family, BreadwinnerLoss loss) {
        LocalDate today = c.day();
        int ageLimit = c.number("breadwinner-loss-payment.dependant-age", "not-studying").intValueExact();
        int studentLimit = c.number("breadwinner-loss-payment.dependant-age", "full-time-student").intValueExact();
        List<String> paid = new ArrayList<>();
        for (String id : loss.dependants()) {
            Optional<Member> m = family.member(id);
            if (m.isEmpty() || m.get().birthDate().isAfter(today)) {
                continue;
            }
            int age = m.get().ageOn(today);
            if (age < ageLimit || (age < studentLimit && m.get().studyingFullTimeOn(today))) {
                paid.add(id);
            }
        }
        return paid;
    }

    private Decision amount(Calculation c, BigDecimal average, int participation, int dependants, LocalDate rightDay) {
        BigDecimal mzp = c.numberOn(rightDay, "minimum-wage", null);
        BigDecimal dsm = AverageMonthlyIncome.capped(c, average, rightDay, "breadwinner-loss-payment.income-cap-mzp", mzp);
        BigDecimal share = c.numberOn(rightDay, "breadwinner-loss-payment.mzp-deduction", null);
        BigDecimal base = c.step("base", BASE, plain(dsm) + " − " + plain(share) + " × " + plain(mzp),
                dsm.subtract(share.multiply(mzp)));
        if (!c.check("income-above-deduction", BASE, plain(base), base.signum() > 0)) {
            return c.refuse("income-above-deduction", NO_BASE);
        }
        // Not known to us (❌): this read makes the decision Undetermined, naming the parameter.
        BigDecimal kzd = c.numberOn(rightDay, "breadwinner-loss-payment.replacement-rate", null);
        BigDecimal ki = c.numberOn(rightDay, "breadwinner-loss-payment.dependants-coefficient", String.valueOf(dependants));
        c.step("participation", InsuranceTexts.PARTICIPATION, null, BigDecimal.valueOf(participation));
        BigDecimal ksu = ParticipationCoefficient.on(c, rightDay, participation);
        BigDecimal raw = c.step("amount", InsuranceTexts.AMOUNT, "(ДСМ − " + plain(share) + " × МЗП) × КЗД × КИ × КСУ = "
                        + plain(base) + " × " + plain(kzd) + " × " + plain(ki) + " × " + plain(ksu),
                base.multiply(kzd).multiply(ki).multiply(ksu));
        long assigned = c.roundOn(rightDay, "breadwinner-loss-payment.rounding", raw);
        c.step("assigned", InsuranceTexts.ASSIGNED, "assigned by the law of " + rightDay, BigDecimal.valueOf(assigned));
        BigDecimal indexed = Indexation.apply(c, INDEXATION_KEY, rightDay, BigDecimal.valueOf(assigned));
        long payable = indexed.compareTo(BigDecimal.valueOf(assigned)) == 0 ? assigned
                : c.roundOn(rightDay, "breadwinner-loss-payment.rounding", indexed);
        return c.entitle(Payment.MONTHLY, rightDay, null, payable);
    }
}
