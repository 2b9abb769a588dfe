package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Monthly allowance to a multi-child family (пособие многодетной семье): four or more minor children living
 * together, counting full-time students until graduation below an age limit (23; sources conflict with 24, see
 * {@code multichild-allowance.student-age-limit}), whatever the family's income. Coefficient by number of children ×
 * МРП; from eight children a coefficient per child.
 *
 * <p>Family evaluation: one decision for the family. Children of the family are the members related to the head as
 * child or ward (adopted and under guardianship) who permanently reside in Kazakhstan: grandchildren belong to their
 * own parents' multi-child family and are not counted here.
 */
public final class MultiChildAllowance implements Measure {

    public static final String ID = "multichild-allowance";
    /** The allowance exists from 01.01.2020; before, it is not applicable (not unknown). */
    public static final String IN_FORCE = "multichild-allowance.in-force";
    static final Text TITLE = Text.of("Пособие многодетной семье", "Көпбалалы отбасыға жәрдемақы",
            "Multi-child family allowance");
    private static final Text COUNT = Text.of("Число совместно проживающих детей (до 18 лет и студентов очной формы)",
            "Бірге тұратын балалар саны (18 жасқа дейінгі және күндізгі оқитын студенттер)",
            "Children living together (under 18, and full-time students)");
    private static final Text RESIDENT = Text.of("Заявитель постоянно проживает в РК",
            "Өтініш беруші ҚР-да тұрақты тұрады", "The applicant permanently resides in Kazakhstan");
    private static final Set<Relation> CHILDREN = Set.of(Relation.CHILD, Relation.WARD);
    /** Civil Code: a child is a person under 18. */
    private static final int MAJORITY = 18;

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.MONTHLY, "multichild-allowance.coefficient");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InputKey.number("children", 0, 30, Text.of(
                "число совместно проживающих несовершеннолетних детей (и студентов очной формы)",
                "бірге тұратын кәмелетке толмаған балалар (және күндізгі оқитын студенттер) саны",
                "number of minor children (and full-time students) living together")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        int children = (int) inputs.number("children");
        return Calculation.run(this, "family", law, explain, c -> {
            Refusal notInForce = c.refuseIfNotInForce(IN_FORCE);
            return notInForce != null ? notInForce : amount(c, children);
        });
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        if (family.members().stream().noneMatch(m -> CHILDREN.contains(m.relation()))) {
            return List.of();
        }
        return List.of(Calculation.run(this, family.id(), law, explain, c -> {
            Refusal notInForce = c.refuseIfNotInForce(IN_FORCE);
            if (notInForce != null) {
                return notInForce;
            }
            Member applicant = applicant(family);
            if (!c.check("resident", RESIDENT, applicant.id() + ": " + applicant.status(),
                    applicant.permanentlyResident())) {
                return c.refuse("resident", Text.of("Заявитель не проживает постоянно в РК",
                        "Өтініш беруші ҚР-да тұрақты тұрмайды", "The applicant does not permanently reside in Kazakhstan"));
            }
            return amount(c, countChildren(c, family));
        }));
    }

    /** Minors, and full-time students below the age limit, among the family's resident children. */
    private static int countChildren(Calculation c, Family family) {
        LocalDate today = c.day();
        int studentLimit = c.number("multichild-allowance.student-age-limit").intValue();
        int count = 0;
        for (Member m : family.members()) {
            if (!CHILDREN.contains(m.relation()) || m.birthDate().isAfter(today) || !m.permanentlyResident()) {
                continue;
            }
            int age = m.ageOn(today);
            if (age < MAJORITY || (m.studyingFullTimeOn(today) && age < studentLimit)) {
                count++;
            }
        }
        return count;
    }

    private Decision amount(Calculation c, int children) {
        int minimum = c.number("multichild-allowance.minimum-children").intValue();
        if (!c.check("children", COUNT, children, children >= minimum)) {
            return c.refuse("children", Text.of("В семье меньше " + minimum + " детей (" + children + ")",
                    "Отбасында " + minimum + " баладан аз (" + children + ")",
                    "Fewer than " + minimum + " children in the family (" + children + ")"));
        }
        String key = String.valueOf(children);
        BigDecimal coefficient = c.number("multichild-allowance.coefficient", key);
        BigDecimal mrp = c.number("mrp", "social-benefits");
        int perChildFrom = c.number("multichild-allowance.per-child-from").intValue();
        long amount;
        if (children >= perChildFrom) {
            BigDecimal raw = c.step("per-child", Text.of("Пособие на каждого ребёнка", "Әр балаға жәрдемақы",
                    "Allowance per child"), "coefficient × МРП = " + coefficient.toPlainString() + " × "
                    + mrp.toPlainString(), coefficient.multiply(mrp));
            long perChild = c.round("multichild-allowance.rounding", raw);
            amount = c.step("amount", TITLE, "per child × children = " + perChild + " × " + children,
                    BigDecimal.valueOf(perChild).multiply(BigDecimal.valueOf(children))).longValueExact();
        } else {
            BigDecimal raw = c.step("amount", TITLE, "coefficient × МРП = " + coefficient.toPlainString() + " × "
                    + mrp.toPlainString(), coefficient.multiply(mrp));
            amount = c.round("multichild-allowance.rounding", raw);
        }
        return c.entitle(Payment.MONTHLY, c.day(), null, amount);
    }

    /** The head of the family claims; failing that, the first member listed. */
    private static Member applicant(Family family) {
        return family.members().stream().filter(m -> m.relation() == Relation.HEAD).findFirst()
                .orElse(family.members().get(0));
    }
}
