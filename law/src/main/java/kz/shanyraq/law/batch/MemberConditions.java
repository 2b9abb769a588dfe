package kz.shanyraq.law.batch;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A measure's conditions for one beneficiary, each written once: who the measure looks at ({@link #of}), then its
 * conditions in order ({@link #given}: an id, the text when it holds, the refusal text, a test of a
 * {@link MemberOnDay} and what the explanation shows), and its amount: either the deciding keys of an amount the
 * measure's {@code calculate} gives ({@link #amountBy}), or, for an amount that depends on the member's own history
 * (the contributions of an averaging window, insured days), the amount itself with its steps ({@link #amountOf}).
 *
 * <p>The batch engine runs the declarations over every candidate member of a population (a generic kernel: the first
 * failing condition refuses, else the amount of the member's keys, computed once per key by the measure's own
 * {@code calculate}, or the declared amount run without recording for that member); the explained path
 * ({@link #evaluate}) runs the same declarations on a population of one family, recording every check, and the
 * amount with its steps and parameters.
 */
public final class MemberConditions {

    /** A test of one member on the day. */
    @FunctionalInterface
    public interface Test {
        boolean holds(MemberOnDay m);
    }

    /** What the explanation shows of a member for a condition. */
    @FunctionalInterface
    public interface Shown {
        Object of(MemberOnDay m);
    }

    /** The deciding keys of the amount, as a whole number in {@code [0, size)}. */
    @FunctionalInterface
    public interface AmountIndex {
        int of(MemberOnDay m);
    }

    /** The measure's {@code calculate} keys of an amount index. */
    @FunctionalInterface
    public interface AmountKeys {
        Map<String, String> of(int index);
    }

    /**
     * A condition that reads the law (a period in months, an age limit): given the law's parameters it gives the test.
     * The batch engine gives it the day's law once per run; the explained path gives it the calculation, which
     * records each parameter read. A parameter the law does not give makes the decision undetermined.
     */
    @FunctionalInterface
    public interface LawTest {
        Test on(Parameters law);
    }

    /** The law's parameters as a condition reads them. */
    @FunctionalInterface
    public interface Parameters {
        java.math.BigDecimal number(String parameter);
    }

    /** How many days before the day the law that sets an amount was in force (the day a right arose). */
    @FunctionalInterface
    public interface AmountDay {
        int daysBefore(int index);
    }

    /**
     * The amount with its steps once every condition held: for the explained path, or, declared with
     * {@link #amountOf}, for both paths (the batch engine runs it on a calculation that records nothing).
     */
    @FunctionalInterface
    public interface Amount {
        Decision of(Calculation c, MemberOnDay m);
    }

    /** What the explanation shows of a member for a condition that reads the law (the limit beside the age). */
    @FunctionalInterface
    public interface LawShown {
        Object of(Parameters law, MemberOnDay m);
    }

    /** A refusal text that names the member's facts (the day a right arises). */
    @FunctionalInterface
    public interface Refused {
        Text of(MemberOnDay m);
    }

    /**
     * One condition: recorded as {@code id} with the text {@code holds}, refused with {@code refusal}. What it shows
     * reads the law without recording it (the test has recorded what it read).
     */
    public record Condition(String id, Text holds, Refused refusal, Test test, LawTest lawTest, LawShown shown) {

        /** The test on a law: its own test, or the one its law test makes of the parameters. */
        Test test(Parameters law) {
            return test != null ? test : lawTest.on(law);
        }
    }

    final Test beneficiary;
    /** The members the measure looks at by the law's parameters ({@code null}: {@link #beneficiary} always). */
    LawTest beneficiaryByLaw;
    /** Children younger than this many months, by the day's law ({@code null}: not an age bound). */
    ToLongFunction<Law> youngerThanMonths;
    final Shown beneficiaryShown;
    final String beneficiaryId;
    final Text beneficiaryText;
    Condition[] conditions = new Condition[0];
    int amounts = 1;
    AmountIndex amountIndex = m -> 0;
    AmountKeys amountKeys = i -> Map.of();
    AmountDay amountDay = i -> 0;
    /** The amount declared once for both paths ({@code null}: by {@link #amountKeys}). */
    Amount amount;

    private MemberConditions(Test beneficiary, String id, Text text, Shown shown) {
        this.beneficiary = beneficiary;
        this.beneficiaryId = id;
        this.beneficiaryText = text;
        this.beneficiaryShown = shown;
    }

    /**
     * The members the measure gives a decision to; the explanation records their being chosen as the condition
     * {@code id} with {@code text} and what {@code shown} shows ({@code id} null: not recorded).
     */
    public static MemberConditions of(Test beneficiary, String id, Text text, Shown shown) {
        return new MemberConditions(beneficiary, id, text, shown);
    }

    /**
     * The members the measure gives a decision to, chosen by the law's parameters (a care period in months), not
     * recorded; {@code unknown} chooses them where a parameter it reads is not given (their decisions are then
     * undetermined by the condition that reads it).
     */
    public static MemberConditions ofByLaw(LawTest beneficiary, Test unknown) {
        MemberConditions rule = new MemberConditions(unknown, null, null, null);
        rule.beneficiaryByLaw = beneficiary;
        return rule;
    }

    /**
     * The children born by the day and younger than {@code months} months of age on it, a number the day's law always
     * gives (the longest period a payment has had in the law's history), not recorded; the batch engine skips every
     * family whose youngest member is older by the scan alone.
     */
    public static MemberConditions ofChildrenYoungerThan(ToLongFunction<Law> months) {
        MemberConditions rule = new MemberConditions(m -> false, null, null, null);
        rule.youngerThanMonths = months;
        return rule;
    }

    /** Who the measure looks at under the day's law {@code law}. */
    Test beneficiary(Law law) {
        if (youngerThanMonths != null) {
            long months = youngerThanMonths.applyAsLong(law);
            return m -> m.born() && m.ageInMonths() < months;
        }
        if (beneficiaryByLaw == null) {
            return beneficiary;
        }
        Test byLaw = Known.orNull(() -> beneficiaryByLaw.on(law::number));
        return byLaw != null ? byLaw : beneficiary;
    }

    /** A family whose youngest member born by the day is this many months old or older has no beneficiary. */
    long youngerThanMonths(Law law) {
        return youngerThanMonths == null ? Long.MAX_VALUE : youngerThanMonths.applyAsLong(law);
    }

    /** Adds a condition, checked after those added before. */
    public MemberConditions given(String id, Text holds, Text refusal, Test test, Shown shown) {
        return add(new Condition(id, holds, m -> refusal, test, null, (law, m) -> shown.of(m)));
    }

    /** Adds a condition whose refusal names the member's facts, checked after those added before. */
    public MemberConditions given(String id, Text holds, Refused refusal, Test test, Shown shown) {
        return add(new Condition(id, holds, refusal, test, null, (law, m) -> shown.of(m)));
    }

    /** Adds a condition that reads the law's parameters, checked after those added before. */
    public MemberConditions givenByLaw(String id, Text holds, Text refusal, LawTest test, Shown shown) {
        return add(new Condition(id, holds, m -> refusal, null, test, (law, m) -> shown.of(m)));
    }

    /**
     * Adds a condition that reads the law's parameters and shows what it read beside the member's facts (the age
     * limit beside the age), checked after those added before.
     */
    public MemberConditions givenByLaw(String id, Text holds, Text refusal, LawTest test, LawShown shown) {
        return add(new Condition(id, holds, m -> refusal, null, test, shown));
    }

    private MemberConditions add(Condition condition) {
        Condition[] more = java.util.Arrays.copyOf(conditions, conditions.length + 1);
        more[conditions.length] = condition;
        conditions = more;
        return this;
    }

    /**
     * The amount with its steps, declared once for both paths: an amount that depends on the member's own history (the
     * contributions of an averaging window, insured days) and so has no small table of keys. The explained path
     * records it; the batch engine runs it for each member who met every condition on a calculation that records
     * nothing (a refusal or an unknown parameter inside it refuses or undetermines that member).
     */
    public MemberConditions amountOf(Amount amount) {
        this.amount = amount;
        return this;
    }

    /**
     * As {@link #amountBy(int, AmountIndex, AmountKeys)}, each amount by the law in force {@code day} days before
     * the day (the law of the day the right arose). An index of {@code -1} (keys beyond the table) makes the batch
     * engine evaluate that family with the measure's own {@code evaluate}.
     */
    public MemberConditions amountBy(int size, AmountIndex index, AmountKeys keys, AmountDay day) {
        amountBy(size, index, keys);
        this.amountDay = day;
        return this;
    }

    /** The amount's deciding keys: {@code size} indexes, each the {@code calculate} keys {@code keys} gives. */
    public MemberConditions amountBy(int size, AmountIndex index, AmountKeys keys) {
        this.amounts = size;
        this.amountIndex = index;
        this.amountKeys = keys;
        return this;
    }

    public List<Condition> conditions() {
        return List.of(conditions);
    }

    /** As {@link #evaluate(Measure, Family, Law, boolean, Amount)} with the amount declared by {@link #amountOf}. */
    public List<Decision> evaluate(Measure measure, Family family, Law law, boolean explain) {
        if (amount == null) {
            throw new IllegalStateException(measure.id() + " declares no amount (amountOf)");
        }
        return evaluate(measure, family, law, explain, amount);
    }

    /**
     * The measure's decisions for a family: one per beneficiary, each condition checked and recorded in order, the
     * first that fails refusing; when all hold, {@code amount} decides.
     */
    public List<Decision> evaluate(Measure measure, Family family, Law law, boolean explain, Amount amount) {
        List<Decision> decisions = new ArrayList<>();
        MemberOnDay m = MemberOnDay.of(family, law.day());
        Test who = beneficiary(law);
        for (int i = 0, n = m.members(); i < n; i++) {
            m.member(i);
            if (!who.holds(m)) {
                continue;
            }
            decisions.add(Calculation.run(measure, m.id(), law, explain, c -> decide(c, m, amount)));
        }
        return decisions;
    }

    private Decision decide(Calculation c, MemberOnDay m, Amount amount) {
        if (beneficiaryId != null) {
            c.check(beneficiaryId, beneficiaryText, c.explaining() ? beneficiaryShown.of(m) : null, true);
        }
        for (Condition k : conditions) {
            boolean holds = k.test(c::number).holds(m);
            if (!c.check(k.id, k.holds, c.explaining() ? k.shown.of(c.law()::number, m) : null, holds)) {
                return c.refuse(k.id, k.refusal.of(m));
            }
        }
        return amount.of(c, m);
    }
}
