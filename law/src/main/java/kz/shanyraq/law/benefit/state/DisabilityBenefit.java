package kz.shanyraq.law.benefit.state;

import kz.shanyraq.law.batch.MeasureWithConditions;
import kz.shanyraq.law.batch.MemberConditions;
import kz.shanyraq.law.batch.MemberOnDay;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Family;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly state social benefit for disability (ГСП по инвалидности) = coefficient × budget ПМ, by category and
 * group (Social Code art. 177 as cited by S28, from 01.07.2023; the multipliers under Law No. 126 before are unknown):
 * children with disability under 7 without a group; children with disability from 7 to 18 and persons disabled since
 * childhood by group; adults disabled by general illness by group; other causes (work injury, occupational disease,
 * other) are unknown to us and give an undetermined result.
 *
 * <p>Family evaluation: one decision per member with a disability on record; the conditions are declared once
 * ({@link #conditions()}) for the explained and the batch paths.
 */
public final class DisabilityBenefit implements MeasureWithConditions {

    public static final String ID = "disability-benefit";
    static final Text TITLE = Text.of("Государственное социальное пособие по инвалидности",
            "Мүгедектігі бойынша мемлекеттік әлеуметтік жәрдемақы", "State disability benefit");
    private static final Text CATEGORY = Text.of("Категория получателя по возрасту и причине инвалидности",
            "Алушы санаты (жасы мен мүгедектік себебі бойынша)", "Category by age and cause of disability");
    private static final Text GROUP = Text.of("Установлена группа инвалидности (с 7 лет)",
            "Мүгедектік тобы белгіленген (7 жастан бастап)", "A disability group is established (from age 7)");
    private static final Text RESIDENT = Text.of("Постоянно проживает в РК", "ҚР-да тұрақты тұрады",
            "Permanently resides in Kazakhstan");
    private static final Text ACTIVE = Text.of("Инвалидность установлена на дату", "Мүгедектік күнге белгіленген",
            "Disability established on the day");
    /** Civil Code: a child is a person under 18. */
    private static final int MAJORITY = 18;

    public static final List<String> CAUSES = List.of("general-illness", "childhood", "work-injury",
            "occupational-disease", "other");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.MONTHLY, "disability-benefit.coefficient");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(
                InputKey.optionalChoice("group", List.of("1", "2", "3"), Text.of(
                        "группа инвалидности (не нужна детям до 7 лет)", "мүгедектік тобы (7 жасқа дейінгі балаларға керек емес)",
                        "disability group (not used for children under 7)")),
                InputKey.choice("cause", CAUSES, Text.of("причина инвалидности", "мүгедектік себебі",
                        "cause of disability (childhood also covers children with disability)")),
                InputKey.number("age", 0, 120, Text.of("возраст (полных лет)", "жасы (толық жыл)",
                        "age in whole years")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        Integer group = inputs.has("group") ? (int) inputs.number("group") : null;
        String cause = inputs.choice("cause");
        int age = (int) inputs.number("age");
        return Calculation.run(this, "person", law, explain,
                c -> amount(c, age, group, cause, c.day(), null));
    }

    /** Civil Code and the benefit's table: ages above this share the adults' amounts. */
    private static final int MAX_AGE = 120;
    private static final int GROUPS = 4;
    private static final DisabilityCause[] CAUSE_CODES = DisabilityCause.values();

    /**
     * Each member with a disability on record, born by the day: the disability established on the day, then
     * permanent residence; the amount by age, group and cause.
     */
    private static final MemberConditions CONDITIONS = MemberConditions
            .of(m -> m.hasDisability() && m.born(), null, null, null)
            .given("disability", ACTIVE, Text.of("Инвалидность на дату не установлена",
                            "Мүгедектік бұл күнге белгіленбеген", "No disability is established on the day"),
                    MemberOnDay::disabledOnTheDay,
                    m -> m.disabilitySince() + " – " + (m.disabilityUntil() == null ? "…" : m.disabilityUntil()))
            .given("resident", RESIDENT, Text.of("Не проживает постоянно в РК", "ҚР-да тұрақты тұрмайды",
                            "Does not permanently reside in Kazakhstan"),
                    MemberOnDay::permanentlyResident, MemberOnDay::status)
            .amountBy((MAX_AGE + 1) * GROUPS * CAUSE_CODES.length,
                    m -> (Math.min(m.age(), MAX_AGE) * GROUPS + validGroup(m.disabilityGroup())) * CAUSE_CODES.length
                            + m.disabilityCause().ordinal(),
                    DisabilityBenefit::keys);

    @Override
    public MemberConditions conditions() {
        return CONDITIONS;
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        return CONDITIONS.evaluate(this, family, law, explain, (c, m) -> amount(c, m.age(),
                m.disabilityGroup() == 0 ? null : m.disabilityGroup(), code(m.disabilityCause()),
                m.disabilitySince(), m.disabilityUntil()));
    }

    /** A group outside 1–3 is read as none: refused from age 7, unused below. */
    private static int validGroup(int group) {
        return group >= 1 && group <= 3 ? group : 0;
    }

    /** The {@code calculate} keys of an amount index {@code (age × GROUPS + group) × causes + cause}. */
    private static Map<String, String> keys(int i) {
        int causes = CAUSE_CODES.length;
        Map<String, String> keys = new HashMap<>();
        keys.put("age", Integer.toString(i / causes / GROUPS));
        keys.put("cause", code(CAUSE_CODES[i % causes]));
        int group = i / causes % GROUPS;
        if (group > 0) {
            keys.put("group", Integer.toString(group));
        }
        return keys;
    }

    private Decision amount(Calculation c, int age, Integer group, String cause, LocalDate from, LocalDate to) {
        // An adult is an adult whatever the age below which children have no group (at most 18): for an adult that
        // age decides nothing, and its being unknown leaves the result standing.
        BigDecimal young = age >= MAJORITY ? c.numberNotDeciding("disability-benefit.young-child-age", null,
                "the person is " + age + ", an adult whatever the age limit of young children (at most " + MAJORITY
                        + ")") : c.number("disability-benefit.young-child-age");
        int youngAge = young == null ? MAJORITY : young.intValue();
        String category;
        if (age < youngAge) {
            // No groups are set under 7: a group given is not used.
            category = "young-child";
            c.check("category", CATEGORY, "child under " + youngAge + (group == null ? ""
                    : " (group " + group + " not used: no groups under " + youngAge + ")"), true);
        } else {
            if (!c.check("group", GROUP, group == null ? "—" : group, group != null && group >= 1 && group <= 3)) {
                return c.refuse("group", Text.of("Не установлена группа инвалидности",
                        "Мүгедектік тобы белгіленбеген", "No disability group is established"));
            }
            // Children from 7 to 18 share the table of persons disabled since childhood, whatever the cause.
            String table = age < MAJORITY ? "childhood" : cause;
            category = table + "-group-" + group;
            c.check("category", CATEGORY, (age < MAJORITY ? "child " + youngAge + "–" + MAJORITY
                    : "adult, " + cause) + ", group " + group, true);
        }
        BigDecimal coefficient = c.number("disability-benefit.coefficient", category);
        BigDecimal pm = c.number("subsistence-minimum");
        BigDecimal raw = c.step("amount", TITLE, "coefficient × ПМ = " + coefficient.toPlainString() + " × "
                + pm.toPlainString(), coefficient.multiply(pm));
        long amount = c.round("disability-benefit.rounding", raw);
        return c.entitle(Payment.MONTHLY, from, to, amount);
    }

    static String code(DisabilityCause cause) {
        return cause.name().toLowerCase().replace('_', '-');
    }
}
