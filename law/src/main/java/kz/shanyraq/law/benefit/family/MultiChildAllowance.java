package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.batch.FamilyConditions;
import kz.shanyraq.law.batch.FamilyOnDay;
import kz.shanyraq.law.batch.MeasureWithFamilyConditions;
import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Monthly allowance to a multi-child family (пособие многодетной семье): four or more minor children living
 * together, counting full-time students until graduation below an age limit (23; sources conflict with 24, see
 * {@code multichild-allowance.student-age-limit}), whatever the family's income. Coefficient by number of children ×
 * МРП; from eight children a coefficient per child.
 *
 * <p>Family evaluation: one decision for the family. Children of the family are the members related to the head as
 * child or ward (adopted and under guardianship) who permanently reside in Kazakhstan: grandchildren belong to their
 * own parents' multi-child family and are not counted here.
 *
 * <p>Each condition is written once on the family's facts ({@link FamilyConditions}, {@link #CONDITIONS}): the batch
 * engine runs the same declarations over every family of a country, the explanation over one family; the amount for a
 * number of children is {@link #calculate}'s.
 */
public final class MultiChildAllowance implements MeasureWithFamilyConditions {

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
    private static final String STUDENT_LIMIT = "multichild-allowance.student-age-limit";
    /** The batch engine's table of amounts by number of children; a larger family: the measure's own evaluation. */
    private static final int MAX = 30;

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

    /**
     * The family's conditions, written once on its facts: a family with a child or ward gets one decision, refused
     * before the allowance existed; the applicant (the head of the family, failing that the first member listed)
     * permanently resides in Kazakhstan; then the amount for the children counted ({@link #children}).
     */
    public static final FamilyConditions CONDITIONS = FamilyConditions.of(law -> FamilyOnDay::hasChildOrWard)
            .inForce(IN_FORCE)
            .given("resident", RESIDENT, c -> FamilyConditions.check(
                    f -> f.permanentlyResident(applicant(f)),
                    f -> f.memberId(applicant(f)) + ": " + f.status(applicant(f)),
                    Text.of("Заявитель не проживает постоянно в РК", "Өтініш беруші ҚР-да тұрақты тұрмайды",
                            "The applicant does not permanently reside in Kazakhstan")))
            .amountInBatch(MultiChildAllowance::batchAmount);

    @Override
    public FamilyConditions familyConditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        if (family.members().isEmpty()) {
            return List.of();
        }
        FamilyOnDay f = FamilyOnDay.of(family, law);
        if (!CONDITIONS.applies(f, law)) {
            return List.of();
        }
        return List.of(Calculation.run(this, family.id(), law, explain, c -> CONDITIONS.decide(c, f,
                (cc, fam) -> amount(cc, children(fam, cc.number(STUDENT_LIMIT).intValue())))));
    }

    /** The head of the family claims; failing that, the first member listed. */
    private static int applicant(FamilyOnDay f) {
        int head = f.firstHead();
        return head >= 0 ? head : 0;
    }

    /**
     * The children counted: the family's resident children and wards under 18 (Civil Code: a child is a person under
     * 18), and those older who study full time and are younger than the student age limit.
     */
    private static int children(FamilyOnDay f, int studentLimit) {
        return f.residentMinorChildren() + f.residentAdultChildrenStudyingUnder(studentLimit);
    }

    /**
     * The amount for the number of children counted by the measure's own {@link #calculate}, once per number and run;
     * a family of more children than the table is left to {@link #evaluate}.
     */
    private static FamilyConditions.BatchAmount batchAmount(Law law) {
        int studentLimit;
        try {
            studentLimit = law.number(STUDENT_LIMIT).intValue();
        } catch (ParameterUnknownException e) {
            return f -> Outcome.UNDETERMINED;
        }
        MultiChildAllowance measure = new MultiChildAllowance();
        long[] amounts = new long[MAX + 1];
        return f -> {
            int children = children(f, studentLimit);
            if (children > MAX) {
                return FamilyConditions.FINISH;
            }
            long packed = amounts[children];
            if (packed == 0) {
                // A benign race: two threads may store the same answer.
                packed = FamilyConditions.packed(measure.calculate(Inputs.parse(ID, measure.inputs(),
                        Map.of("children", Integer.toString(children))), law, false));
                amounts[children] = packed;
            }
            return packed;
        };
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
}
