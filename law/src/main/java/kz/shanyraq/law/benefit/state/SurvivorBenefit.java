package kz.shanyraq.law.benefit.state;

import kz.shanyraq.law.batch.FamilyConditions;
import kz.shanyraq.law.batch.FamilyOnDay;
import kz.shanyraq.law.batch.MeasureWithFamilyConditions;
import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Monthly state social benefit on the loss of a breadwinner (ГСП по случаю потери кормильца) = coefficient × budget
 * ПМ by the number of dependants, as one total for the family (for six and more dependants the total is split in
 * equal shares). Children who lost both parents get a coefficient per child instead
 * ({@code survivor-benefit.orphan-coefficient}); how other dependants of such a family are paid is not known to us,
 * so a family with both gives an undetermined result.
 *
 * <p>The multipliers are known for January–June 2023 (Law No. 126) and from 2026; which applied in between is
 * unknown (see the parameter file), so those dates give an undetermined result.
 *
 * <p>Family evaluation: one decision for the family, from {@code family.breadwinnerLoss}. The dependants are those
 * listed there (their status as dependants is established by the registry); those who do not permanently reside in
 * Kazakhstan are not counted. With both parents lost, the dependants under 18 are counted as orphans.
 */
public final class SurvivorBenefit implements MeasureWithFamilyConditions {

    public static final String ID = "survivor-benefit";
    static final Text TITLE = Text.of("Государственное социальное пособие по случаю потери кормильца",
            "Асыраушысынан айырылу жағдайы бойынша мемлекеттік әлеуметтік жәрдемақы",
            "State survivor (loss of breadwinner) benefit");
    private static final Text CAUSE_OF_DEATH = Text.of("Причина смерти кормильца (от неё зависит размер)",
            "Асыраушының қайтыс болу себебі (мөлшер соған байланысты)",
            "Cause of the breadwinner's death (the amount depends on it)");
    private static final Text DEPENDANTS = Text.of("Число иждивенцев умершего кормильца, постоянно проживающих в РК",
            "Қайтыс болған асыраушының ҚР-да тұрақты тұратын асырауындағылар саны",
            "Dependants of the deceased breadwinner permanently residing in Kazakhstan");
    private static final Text ORPHANS = Text.of("Из них детей, потерявших обоих родителей",
            "Оның ішінде ата-анасының екеуінен де айырылған балалар",
            "Of whom children who lost both parents");
    private static final Text DEATH = Text.of("Кормилец умер (объявлен умершим) до даты",
            "Асыраушы осы күнге дейін қайтыс болған (қайтыс болды деп жарияланған)",
            "The breadwinner died (or was declared dead) by the day");
    private static final Text NO_DEATH = Text.of("Дата смерти кормильца не наступила или не указана",
            "Асыраушының қайтыс болған күні көрсетілмеген немесе әлі келмеген",
            "The breadwinner's date of death is missing or after the day");
    private static final int MAX = 30;
    /** Civil Code: a child is a person under 18. */
    private static final int MAJORITY = 18;

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.MONTHLY, "survivor-benefit.coefficient");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(
                InputKey.number("dependants", 1, 30, Text.of("число иждивенцев умершего кормильца",
                        "қайтыс болған асыраушының асырауындағылар саны", "number of dependants of the deceased")),
                InputKey.optionalNumber("orphans", 0, 30, Text.of(
                        "из них детей, потерявших обоих родителей (по умолчанию 0)",
                        "оның ішінде ата-анасының екеуінен де айырылған балалар (әдепкі 0)",
                        "of whom children who lost both parents (default 0)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        int dependants = (int) inputs.number("dependants");
        int orphans = (int) inputs.number("orphans", 0);
        return Calculation.run(this, "family", law, explain, c -> amount(c, dependants, orphans, c.day()));
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        if (family.breadwinnerLoss() == null) {
            return List.of();
        }
        FamilyOnDay f = FamilyOnDay.of(family, law);
        return List.of(Calculation.run(this, family.id(), law, explain, c -> CONDITIONS.decide(c, f,
                (cc, fam) -> amount(cc, fam.residentDependants(), fam.orphansUnder(MAJORITY), fam.diedOn()))));
    }

    /**
     * The family's conditions, written once on the family's facts: a family with a recorded loss gets one decision,
     * refused when the death is missing or after the day; then the amount for its dependants who are members and
     * permanently resident (with both parents lost, those under 18 as orphans), by {@link #calculate}.
     */
    public static final FamilyConditions CONDITIONS = FamilyConditions.of(law -> FamilyOnDay::breadwinnerLost)
            .given("death", DEATH, c -> new FamilyConditions.Check() {
                @Override
                public boolean holds(FamilyOnDay f) {
                    return f.diedByTheDay();
                }

                @Override
                public Object shown(FamilyOnDay f) {
                    return f.diedOn();
                }

                @Override
                public Text refusal(FamilyOnDay f) {
                    return NO_DEATH;
                }
            })
            .amountInBatch(SurvivorBenefit::batchAmount);

    @Override
    public FamilyConditions familyConditions() {
        return CONDITIONS;
    }

    /**
     * The amount for (dependants, orphans) by the measure's own {@code calculate}, once per pair and run; a family
     * without a dependant (which {@code calculate} cannot be asked) or with more than the table is left to
     * {@link #evaluate}.
     */
    private static FamilyConditions.BatchAmount batchAmount(Law law) {
        SurvivorBenefit measure = new SurvivorBenefit();
        long[] amounts = new long[(MAX + 1) * (MAX + 1)];
        return f -> {
            int dependants = f.residentDependants();
            int orphans = f.orphansUnder(MAJORITY);
            if (dependants == 0 || dependants > MAX) {
                return FamilyConditions.FINISH;
            }
            int i = dependants * (MAX + 1) + orphans;
            long packed = amounts[i];
            if (packed == 0) {
                // A benign race: two threads may store the same answer.
                Decision d = measure.calculate(Inputs.parse(ID, measure.inputs(), Map.of("dependants",
                        Integer.toString(dependants), "orphans", Integer.toString(orphans))), law, false);
                packed = d instanceof Entitlement e ? FamilyConditions.entitled(e.amount())
                        : d instanceof Refusal ? Outcome.REFUSED : Outcome.UNDETERMINED;
                amounts[i] = packed;
            }
            return packed;
        };
    }

    private Decision amount(Calculation c, int dependants, int orphans, LocalDate from) {
        if (!c.check("dependants", DEPENDANTS, dependants, dependants >= 1)) {
            return c.refuse("dependants", Text.of("Нет иждивенцев, постоянно проживающих в РК",
                    "ҚР-да тұрақты тұратын асырауындағылар жоқ",
                    "No dependants permanently residing in Kazakhstan"));
        }
        if (!c.check("orphans", ORPHANS, orphans, orphans <= dependants)) {
            return c.refuse("orphans", Text.of("Детей-сирот указано больше, чем иждивенцев",
                    "Жетім балалар асырауындағылардан көп көрсетілген",
                    "More orphans given than dependants"));
        }
        BigDecimal pm = c.number("subsistence-minimum");
        long amount;
        if (orphans == 0) {
            BigDecimal coefficient = c.number("survivor-benefit.coefficient", String.valueOf(dependants));
            BigDecimal raw = c.step("amount", TITLE, "coefficient × ПМ = " + coefficient.toPlainString() + " × "
                    + pm.toPlainString(), coefficient.multiply(pm));
            amount = c.round("survivor-benefit.rounding", raw);
            if (dependants >= 6) {
                // The family total is split in equal shares; the share is shown, the total is the amount.
                c.step("share", Text.of("Доля каждого иждивенца", "Әр асырауындағының үлесі", "Share per dependant"),
                        "total ÷ dependants = " + amount + " ÷ " + dependants,
                        BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(dependants), 2, RoundingMode.HALF_UP));
            }
        } else {
            BigDecimal coefficient = c.number("survivor-benefit.orphan-coefficient");
            BigDecimal raw = c.step("per-orphan", Text.of("Пособие на ребёнка, потерявшего обоих родителей",
                    "Ата-анасының екеуінен де айырылған балаға жәрдемақы", "Benefit per child who lost both parents"),
                    "coefficient × ПМ = " + coefficient.toPlainString() + " × " + pm.toPlainString(),
                    coefficient.multiply(pm));
            long perOrphan = c.round("survivor-benefit.rounding", raw);
            if (orphans < dependants) {
                // The rule for the other dependants of orphans is unknown: this read makes the result undetermined.
                c.number("survivor-benefit.other-member-of-orphans-coefficient");
            }
            amount = c.step("amount", TITLE, "per orphan × orphans = " + perOrphan + " × " + orphans,
                    BigDecimal.valueOf(perOrphan * orphans)).longValueExact();
        }
        // Seed 000 (the ministry, Nov 2025): the amounts depend on the number of dependants, the cause of death and the
        // ПМ. Multipliers by cause of death were not found; the recorded ones are those published without a cause.
        c.check("cause-of-death", CAUSE_OF_DEATH, "not modelled: the multipliers by cause of death were not found"
                + " (seed 000); those published without a cause are used — unverified for other causes", true);
        return c.entitle(Payment.MONTHLY, from, null, amount);
    }
}
