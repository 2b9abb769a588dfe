package kz.shanyraq.law.assistance;

import kz.shanyraq.law.batch.FamilyConditions;
import kz.shanyraq.law.batch.FamilyOnDay;
import kz.shanyraq.law.batch.MeasureWithFamilyConditions;
import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Additional monthly payment for each child aged 1 to 6 inclusive in a family receiving targeted social
 * assistance: 1.5 МРП per child (5 175 ₸ in 2023, S25; 5 898 ₸ in 2025, seed-figures.md §3). Confirmed in cash
 * from 2023; in 2022 the children got guaranteed-social-package kits, not cash (prosud.kz); earlier years are
 * unknown. The per-child amount is rounded, then multiplied by the number of children.
 *
 * <p>For a family the application day is the evaluation day ({@code law.day()}); the supplement is due only if
 * the family is entitled to targeted social assistance on that day, for the same period.
 */
public final class AspChildSupplement implements MeasureWithFamilyConditions {

    public static final String ID = "asp-child-supplement";
    static final Text TITLE = Text.of("Дополнительная выплата на детей от 1 до 6 лет в семьях, получающих АСП",
            "АӘК алатын отбасылардағы 1 жастан 6 жасқа дейінгі балаларға қосымша төлем",
            "Supplement for children aged 1–6 in families receiving targeted social assistance");
    private static final Text CASH = Text.of("Доплата на детей 1–6 лет выплачивается деньгами",
            "1–6 жастағы балаларға қосымша төлем ақшалай төленеді", "The supplement is paid in cash in this period");
    private static final Text ASP = Text.of("Семья имеет право на АСП на дату обращения",
            "Отбасының жүгіну күніне АӘК алуға құқығы бар", "The family is entitled to targeted social assistance on the day");
    private static final Text CHILDREN = Text.of("Дети в возрасте от 1 до 6 лет включительно",
            "1 жастан 6 жасқа дейінгі (қоса алғанда) балалар", "Children aged 1 to 6 inclusive");
    private static final Text PER_CHILD = Text.of("Доплата на одного ребёнка", "Бір балаға қосымша төлем",
            "Supplement per child");
    /** Used only to decide whether a family is reported at all in periods where the age parameters are unknown. */
    private static final int NOMINAL_AGE_FROM = 1;
    private static final int NOMINAL_AGE_TO = 6;

    private static final Text KITS = Text.of(
            "В этот период дети 1–6 лет в семьях АСП получали наборы гарантированного социального пакета, а не деньги",
            "Бұл кезеңде АӘК отбасыларындағы 1–6 жастағы балалар ақша емес, кепілдендірілген әлеуметтік топтама жиынтықтарын алды",
            "In this period children aged 1–6 in АСП families received guaranteed-social-package kits, not cash");
    private static final int MAX_CHILDREN = 30;
    private static final TargetedSocialAssistance ASP_MEASURE = new TargetedSocialAssistance();

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.LOCAL_BUDGET, Payment.MONTHLY, "asp-child-supplement.coefficient");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InputKey.number("children", 1, 30, Text.of("число детей от 1 до 6 лет в семье АСП",
                "АӘК отбасындағы 1–6 жастағы балалар саны", "number of children aged 1–6 in the АСП family")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        int children = (int) inputs.number("children");
        return Calculation.run(this, "family", law, explain, c -> {
            boolean cash = c.flag("asp-child-supplement.cash");
            if (!c.check("cash", CASH, cash, cash)) {
                return c.refuse("cash", KITS);
            }
            AssignmentPeriod period = AssignmentPeriod.of(c);
            return amount(c, children, period.from(), period.to());
        });
    }

    /**
     * The family's conditions, each written once on the family's facts: the batch engine runs them over the columns
     * (reading the assistance column, computed before in catalogue order), {@link #evaluate} on a population of one.
     * A family with a child of the ages (nominal 1–6 when the law does not give them) gets one decision: refused when
     * the supplement is not paid in cash, undetermined without the age parameters, then the family's assistance
     * decision; if entitled, the amount for the number of children.
     */
    public static final FamilyConditions CONDITIONS = FamilyConditions.of(AspChildSupplement::withChildren)
            .given("cash", CASH, AspChildSupplement::cash)
            .given("children-1-6", CHILDREN, AspChildSupplement::children)
            .given("asp-entitled", ASP, AspChildSupplement::aspEntitled)
            .amountInBatch(AspChildSupplement::batchAmount);

    @Override
    public FamilyConditions familyConditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        FamilyOnDay f = FamilyOnDay.of(family, law);
        if (!CONDITIONS.applies(f, law)) {
            return List.of();
        }
        return List.of(Calculation.run(this, family.id(), law, explain, c -> CONDITIONS.decide(c, f, (cc, fam) -> {
            Entitlement e = (Entitlement) fam.decisionOf(ASP_MEASURE);
            return amount(cc, fam.membersAged(ageFrom(cc.law()), ageTo(cc.law())), e.from(), e.to());
        })));
    }

    /** Families with a child of the ages (the nominal ages when the law does not give them). */
    private static FamilyConditions.Test withChildren(Law law) {
        int from = ageOr(law, "asp-child-supplement.age-from", NOMINAL_AGE_FROM);
        int to = ageOr(law, "asp-child-supplement.age-to", NOMINAL_AGE_TO);
        long mask = FamilyOnDay.agesMask(from, to);
        return f -> f.anyAged(mask) && f.membersAged(from, to) > 0;
    }

    private static FamilyConditions.Check cash(Calculation c) {
        boolean cash = c.flag("asp-child-supplement.cash");
        return new FamilyConditions.Check() {
            @Override
            public boolean holds(FamilyOnDay f) {
                return cash;
            }

            @Override
            public Object shown(FamilyOnDay f) {
                return cash;
            }

            @Override
            public Text refusal(FamilyOnDay f) {
                return KITS;
            }
        };
    }

    /** The children of the law's ages (the age parameters unknown: undetermined). */
    private static FamilyConditions.Check children(Calculation c) {
        int from = c.number("asp-child-supplement.age-from").intValueExact();
        int to = c.number("asp-child-supplement.age-to").intValueExact();
        return new FamilyConditions.Check() {
            @Override
            public boolean holds(FamilyOnDay f) {
                return f.membersAged(from, to) > 0;
            }

            @Override
            public Object shown(FamilyOnDay f) {
                return String.join(", ", f.membersAgedShown(from, to));
            }

            @Override
            public Text refusal(FamilyOnDay f) {
                return Text.of("Нет детей в возрасте от " + from + " до " + to + " лет",
                        from + " жастан " + to + " жасқа дейінгі балалар жоқ",
                        "No children aged " + from + " to " + to);
            }
        };
    }

    /** The family is entitled to targeted social assistance on the day (its decision undetermined: undetermined). */
    private static FamilyConditions.Check aspEntitled(Calculation c) {
        LocalDate day = c.day();
        return new FamilyConditions.Check() {
            @Override
            public boolean determined(FamilyOnDay f) {
                return f.outcomeOf(ASP_MEASURE) != Outcome.UNDETERMINED;
            }

            @Override
            public ParameterUnknownException unknown(FamilyOnDay f) {
                Undetermined u = (Undetermined) f.decisionOf(ASP_MEASURE);
                return new ParameterUnknownException(u.parameter(), null, day,
                        "the family's targeted social assistance cannot be determined without it");
            }

            @Override
            public boolean holds(FamilyOnDay f) {
                return f.outcomeOf(ASP_MEASURE) == Outcome.ENTITLED;
            }

            @Override
            public Object shown(FamilyOnDay f) {
                Decision d = f.decisionOf(ASP_MEASURE);
                return d instanceof Entitlement e ? "entitled, " + e.amount() + " ₸ a month, " + e.from() + " – " + e.to()
                        : "refused: " + ((Refusal) d).reason().en();
            }

            @Override
            public Text refusal(FamilyOnDay f) {
                Text why = ((Refusal) f.decisionOf(ASP_MEASURE)).reason();
                return Text.of("Семья не имеет права на АСП: " + why.ru(), "Отбасының АӘК алуға құқығы жоқ: " + why.kk(),
                        "The family is not entitled to targeted social assistance: " + why.en());
            }
        };
    }

    /** The amount for the number of children, by the measure's own {@code calculate} (once per number and run). */
    private static FamilyConditions.BatchAmount batchAmount(Law law) {
        AspChildSupplement measure = new AspChildSupplement();
        long[] byChildren = new long[MAX_CHILDREN + 1];
        int from = ageOr(law, "asp-child-supplement.age-from", NOMINAL_AGE_FROM);
        int to = ageOr(law, "asp-child-supplement.age-to", NOMINAL_AGE_TO);
        return f -> {
            int children = f.membersAged(from, to);
            if (children > MAX_CHILDREN) {
                return FamilyConditions.FINISH;
            }
            long packed = byChildren[children];
            if (packed == 0) {
                // A benign race: two threads may store the same answer.
                Decision d = measure.calculate(Inputs.parse(ID, measure.inputs(), Map.of("children",
                        Integer.toString(children))), law, false);
                packed = d instanceof Entitlement e ? FamilyConditions.entitled(e.amount())
                        : d instanceof Refusal ? Outcome.REFUSED : Outcome.UNDETERMINED;
                byChildren[children] = packed;
            }
            return packed;
        };
    }

    private Decision amount(Calculation c, int children, LocalDate from, LocalDate to) {
        BigDecimal coefficient = c.number("asp-child-supplement.coefficient");
        BigDecimal mrp = c.number("mrp", "social-benefits");
        BigDecimal raw = c.step("per-child", PER_CHILD, "coefficient × МРП = " + coefficient.toPlainString() + " × "
                + mrp.toPlainString(), coefficient.multiply(mrp));
        long perChild = c.round("asp-child-supplement.rounding", raw);
        long total = c.step("amount", TITLE, "per child × children = " + perChild + " × " + children,
                BigDecimal.valueOf(perChild).multiply(BigDecimal.valueOf(children))).longValueExact();
        return c.entitle(Payment.MONTHLY, from, to, total);
    }

    private static int ageFrom(Law law) {
        return law.number("asp-child-supplement.age-from").intValueExact();
    }

    private static int ageTo(Law law) {
        return law.number("asp-child-supplement.age-to").intValueExact();
    }

    private static int ageOr(Law law, String parameter, int nominal) {
        try {
            return law.number(parameter).intValueExact();
        } catch (ParameterUnknownException e) {
            return nominal;
        }
    }
}
