package kz.shanyraq.law.assistance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
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

/**
 * Additional monthly payment for each child aged 1 to 6 inclusive in a family receiving targeted social
 * assistance: 1.5 МРП per child (5 175 ₸ in 2023, S25; 5 898 ₸ in 2025, seed-figures.md §3). Confirmed in cash
 * from 2023; in 2022 the children got guaranteed-social-package kits, not cash (prosud.kz); earlier years are
 * unknown. The per-child amount is rounded, then multiplied by the number of children.
 *
 * <p>For a family the application day is the evaluation day ({@code law.day()}); the supplement is due only if
 * the family is entitled to targeted social assistance on that day, for the same period.
 */
public final class AspChildSupplement implements Measure {

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

    private final TargetedSocialAssistance asp = new TargetedSocialAssistance();

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
            if (!cash(c)) {
                return refuseKits(c);
            }
            AssignmentPeriod period = AssignmentPeriod.of(c);
            return amount(c, children, period.from(), period.to());
        });
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        LocalDate day = law.day();
        int from = ageOr(law, "asp-child-supplement.age-from", NOMINAL_AGE_FROM);
        int to = ageOr(law, "asp-child-supplement.age-to", NOMINAL_AGE_TO);
        List<Member> children = family.members().stream()
                .filter(m -> !m.birthDate().isAfter(day) && m.ageOn(day) >= from && m.ageOn(day) <= to).toList();
        if (children.isEmpty()) {
            return List.of();
        }
        return List.of(Calculation.run(this, family.id(), law, explain, c -> {
            if (!cash(c)) {
                return refuseKits(c);
            }
            int ageFrom = c.number("asp-child-supplement.age-from").intValueExact();
            int ageTo = c.number("asp-child-supplement.age-to").intValueExact();
            List<Member> eligible = children.stream()
                    .filter(m -> m.ageOn(day) >= ageFrom && m.ageOn(day) <= ageTo).toList();
            Decision aspDecision = asp.assess(family, law, false).decision();
            if (aspDecision instanceof Undetermined u) {
                throw new ParameterUnknownException(u.parameter(), null, day,
                        "the family's targeted social assistance cannot be determined without it");
            }
            if (!c.check("asp-entitled", ASP, aspDecision instanceof Entitlement e
                    ? "entitled, " + e.amount() + " ₸ a month, " + e.from() + " – " + e.to()
                    : "refused: " + ((Refusal) aspDecision).reason().en(), aspDecision instanceof Entitlement)) {
                Text why = ((Refusal) aspDecision).reason();
                return c.refuse("asp-entitled", Text.of("Семья не имеет права на АСП: " + why.ru(),
                        "Отбасының АӘК алуға құқығы жоқ: " + why.kk(),
                        "The family is not entitled to targeted social assistance: " + why.en()));
            }
            c.check("children-1-6", CHILDREN, String.join(", ", eligible.stream()
                    .map(m -> m.id() + " (" + m.ageOn(day) + ")").toList()), !eligible.isEmpty());
            Entitlement e = (Entitlement) aspDecision;
            return amount(c, eligible.size(), e.from(), e.to());
        }));
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

    private static boolean cash(Calculation c) {
        boolean cash = c.flag("asp-child-supplement.cash");
        return c.check("cash", CASH, cash, cash);
    }

    private static Decision refuseKits(Calculation c) {
        return c.refuse("cash", Text.of(
                "В этот период дети 1–6 лет в семьях АСП получали наборы гарантированного социального пакета, а не деньги",
                "Бұл кезеңде АӘК отбасыларындағы 1–6 жастағы балалар ақша емес, кепілдендірілген әлеуметтік топтама жиынтықтарын алды",
                "In this period children aged 1–6 in АСП families received guaranteed-social-package kits, not cash"));
    }

    private static int ageOr(Law law, String parameter, int nominal) {
        try {
            return law.number(parameter).intValueExact();
        } catch (ParameterUnknownException e) {
            return nominal;
        }
    }
}
