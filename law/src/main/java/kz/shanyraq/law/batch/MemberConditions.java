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

/**
 * A measure's conditions for one beneficiary, each written once: who the measure looks at ({@link #of}), then its
 * conditions in order ({@link #given}: an id, the text when it holds, the refusal text, a test of a
 * {@link MemberOnDay} and what the explanation shows), and the deciding keys of its amount ({@link #amountBy}).
 *
 * <p>The batch engine runs the declarations over every candidate member of a population (a generic kernel: the first
 * failing condition refuses, else the amount of the member's keys, computed once per key by the measure's own
 * {@code calculate}); the explained path ({@link #evaluate}) runs the same declarations on a population of one
 * family, recording every check, and leaves the amount to the measure with its steps and parameters.
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

    /** The amount with its steps, for the explained path, once every condition held. */
    @FunctionalInterface
    public interface Amount {
        Decision of(Calculation c, MemberOnDay m);
    }

    /** A refusal whose text names the member's own facts (the day a right arises). */
    @FunctionalInterface
    public interface Refusal {
        Text of(MemberOnDay m);
    }

    /**
     * One condition: recorded as {@code id} with the text {@code holds}, refused with {@code refusal} (or the text
     * {@code refusalOf} gives for the member, when set).
     */
    public record Condition(String id, Text holds, Text refusal, Test test, LawTest lawTest, Shown shown,
                            Refusal refusalOf) {

        public Condition(String id, Text holds, Text refusal, Test test, LawTest lawTest, Shown shown) {
            this(id, holds, refusal, test, lawTest, shown, null);
        }

        /** The refusal text for the member. */
        Text refusal(MemberOnDay m) {
            return refusalOf != null ? refusalOf.of(m) : refusal;
        }

        /** The test on a law: its own test, or the one its law test makes of the parameters. */
        Test test(Parameters law) {
            return test != null ? test : lawTest.on(law);
        }
    }

    final Test beneficiary;
    /** The members the measure looks at by the law's parameters ({@code null}: {@link #beneficiary} always). */
    LawTest beneficiaryByLaw;
    final Shown beneficiaryShown;
    final String beneficiaryId;
    final Text beneficiaryText;
    Condition[] conditions = new Condition[0];
    int amounts = 1;
    AmountIndex amountIndex = m -> 0;
    AmountKeys amountKeys = i -> Map.of();
    AmountDay amountDay = i -> 0;
    /** The amount of each member by the measure's own function ({@code null}: by the table of keys). */
    Amount amountOfEach;

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

    /** Who the measure looks at under the law's parameters {@code law}. */
    Test beneficiary(Parameters law) {
        if (beneficiaryByLaw == null) {
            return beneficiary;
        }
        Test byLaw = Known.orNull(() -> beneficiaryByLaw.on(law));
        return byLaw != null ? byLaw : beneficiary;
    }

    /** Adds a condition, checked after those added before. */
    public MemberConditions given(String id, Text holds, Text refusal, Test test, Shown shown) {
        Condition[] more = java.util.Arrays.copyOf(conditions, conditions.length + 1);
        more[conditions.length] = new Condition(id, holds, refusal, test, null, shown);
        conditions = more;
        return this;
    }

    /** As {@link #given}, refused with the text {@code refusal} gives for the member. */
    public MemberConditions given(String id, Text holds, Refusal refusal, Test test, Shown shown) {
        Condition[] more = java.util.Arrays.copyOf(conditions, conditions.length + 1);
        more[conditions.length] = new Condition(id, holds, null, test, null, shown, refusal);
        conditions = more;
        return this;
    }

    /** Adds a condition that reads the law's parameters, checked after those added before. */
    public MemberConditions givenByLaw(String id, Text holds, Text refusal, LawTest test, Shown shown) {
        Condition[] more = java.util.Arrays.copyOf(conditions, conditions.length + 1);
        more[conditions.length] = new Condition(id, holds, refusal, null, test, shown);
        conditions = more;
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

    /**
     * The amount of each member whose conditions held, by the measure's own function: the batch engine runs it on a
     * calculation that does not explain, member by member, the explained path ({@link #evaluate}) on the recording
     * one. For an amount of facts without a small table of keys (a ГФСС payment's average income of its
     * contributions, read on the day the member's right arose); the function may still refuse (a condition that
     * reads the law of that day) or leave the member undetermined (a parameter that law does not give).
     */
    public MemberConditions amountOfEach(Amount amount) {
        this.amountOfEach = amount;
        return this;
    }

    /** The measure's decisions for a family, the amount by {@link #amountOfEach}. */
    public List<Decision> evaluate(Measure measure, Family family, Law law, boolean explain) {
        return evaluate(measure, family, law, explain, amountOfEach);
    }

    public List<Condition> conditions() {
        return List.of(conditions);
    }

    /**
     * The measure's decisions for a family: one per beneficiary, each condition checked and recorded in order, the
     * first that fails refusing; when all hold, {@code amount} decides.
     */
    public List<Decision> evaluate(Measure measure, Family family, Law law, boolean explain, Amount amount) {
        List<Decision> decisions = new ArrayList<>();
        MemberOnDay m = MemberOnDay.of(family, law.day());
        Test who = beneficiary(law::number);
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
            if (!c.check(k.id, k.holds, c.explaining() ? k.shown.of(m) : null, holds)) {
                return c.refuse(k.id, k.refusal(m));
            }
        }
        return amount.of(c, m);
    }
}
