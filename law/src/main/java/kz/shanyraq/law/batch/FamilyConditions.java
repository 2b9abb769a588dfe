package kz.shanyraq.law.batch;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A measure's conditions for a whole family (one decision per family: targeted social assistance and its child
 * supplement, the survivor benefit, the multi-child allowance), each written once on the family's facts
 * ({@link FamilyOnDay}): which families get a decision ({@link #of}), whether the measure exists on the day
 * ({@link #inForce}), then each condition in order ({@link #given}: an id, the text when it holds, and the law's check — what
 * it tests, what the explanation shows, the refusal), then the amount ({@link #amountInBatch} for the batch engine;
 * the explained path's amount with its steps is the measure's own).
 *
 * <p>A check is made from the law's parameters read through a {@link Calculation}: the batch engine makes it once per
 * run (a parameter the law does not give: every family reaching the condition is undetermined), the explained path
 * makes it for the family with the recording calculation, so the parameters read are in the explanation. The
 * batch engine runs the conditions over the columns of every candidate family ({@link FamilyConditionKernel}); the
 * explained path runs them on a population of one ({@link #decide}).
 */
public final class FamilyConditions {

    /** A test of one family on the day. */
    @FunctionalInterface
    public interface Test {
        boolean holds(FamilyOnDay f);
    }

    /** One condition on the day's law: its test, what the explanation shows, the refusal when it fails. */
    public interface Check {

        boolean holds(FamilyOnDay f);

        /** What the explanation shows of the family for this condition. */
        Object shown(FamilyOnDay f);

        /** The refusal when the condition fails. */
        Text refusal(FamilyOnDay f);

        /** Whether the condition can be decided for the family (undetermined otherwise). */
        default boolean determined(FamilyOnDay f) {
            return true;
        }

        /** Why not, for the explained path. */
        default ParameterUnknownException unknown(FamilyOnDay f) {
            throw new IllegalStateException("determined");
        }
    }

    /** The families a measure gives a decision to, by the day's law (the law does not give it: the nominal ages…). */
    @FunctionalInterface
    public interface Applies {
        Test on(Law law);
    }

    /**
     * A condition read from the law: its check on the law's parameters, {@link #NOT_CHECKED} when the law does not
     * ask it on the day; a parameter the law does not give throws (undetermined).
     */
    @FunctionalInterface
    public interface Condition {
        Check on(Calculation law);
    }

    /** The amount with its steps, for the explained path, once every condition held. */
    @FunctionalInterface
    public interface Amount {
        Decision of(Calculation c, FamilyOnDay f);
    }

    /**
     * The batch engine's amount of a family that met every condition: a packed decision (an entitlement of
     * {@code a} tenge is {@code 1 + 4a}, a refusal {@code 2}, undetermined {@code 3}), or {@link #FINISH} to leave
     * the family to the measure's own {@code evaluate}.
     */
    @FunctionalInterface
    public interface BatchAmount {
        long of(FamilyOnDay f);
    }

    /** The batch amount made once per run from the day's law. */
    @FunctionalInterface
    public interface BatchAmountOnLaw {
        BatchAmount on(Law law);
    }

    /** A batch amount's answer: the measure's own {@code evaluate} decides the family. */
    public static final long FINISH = -1;

    /** A condition the law does not ask on the day: not checked, not recorded. */
    public static final Check NOT_CHECKED = new Check() {
        @Override
        public boolean holds(FamilyOnDay f) {
            return true;
        }

        @Override
        public Object shown(FamilyOnDay f) {
            return null;
        }

        @Override
        public Text refusal(FamilyOnDay f) {
            return null;
        }
    };

    /** Packs an entitlement of {@code amount} tenge for {@link BatchAmount}. */
    public static long entitled(long amount) {
        return amount * 4 + Outcome.ENTITLED;
    }

    /** Packs a decision of the measure's own {@code calculate} for {@link BatchAmount}. */
    public static long packed(Decision d) {
        return Amounts.pack(d);
    }

    /** A check with a fixed refusal text: what it tests, what it shows, the refusal. */
    public static Check check(Test test, Shown shown, Text refusal) {
        return check(test, shown, f -> refusal);
    }

    /** What the explanation shows of a family for a condition. */
    @FunctionalInterface
    public interface Shown {
        Object of(FamilyOnDay f);
    }

    /** The refusal of a family when a condition fails. */
    @FunctionalInterface
    public interface Refusal {
        Text of(FamilyOnDay f);
    }

    /** A check made of its test, what it shows and its refusal (always determined). */
    public static Check check(Test holds, Shown shown, Refusal refusal) {
        return new Check() {
            @Override
            public boolean holds(FamilyOnDay f) {
                return holds.holds(f);
            }

            @Override
            public Object shown(FamilyOnDay f) {
                return shown.of(f);
            }

            @Override
            public Text refusal(FamilyOnDay f) {
                return refusal.of(f);
            }
        };
    }

    /** One declared condition; {@code id} null: a guard, checked but not recorded. */
    record Declared(String id, Text holds, Condition condition) {
    }

    final Applies applies;
    final int candidates;
    /** The flag parameter that says whether the measure exists on the day ({@code null}: always). */
    String inForce;
    Declared[] conditions = new Declared[0];
    BatchAmountOnLaw batchAmount = law -> f -> FINISH;

    private FamilyConditions(Applies applies, int candidates) {
        this.applies = applies;
        this.candidates = candidates;
    }

    /** The families the measure gives a decision to (any other family: no decision). */
    public static FamilyConditions of(Applies applies) {
        return new FamilyConditions(applies, MemberScan.ALWAYS);
    }

    /** As {@link #of}, the scan skipping every family without a member. */
    public static FamilyConditions ofFamiliesWithMembers(Test applies) {
        return new FamilyConditions(law -> applies, MemberScan.MEMBERS);
    }

    /**
     * The measure exists on a day only where the flag parameter {@code flagParameter} says so: before any condition,
     * a family is refused on a day it did not exist (the explanation names the day it was introduced) and
     * undetermined where the law does not say.
     */
    public FamilyConditions inForce(String flagParameter) {
        this.inForce = flagParameter;
        return this;
    }

    /** Adds a condition, checked after those added before ({@code id} null: a guard, not recorded). */
    public FamilyConditions given(String id, Text holds, Condition condition) {
        Declared[] more = Arrays.copyOf(conditions, conditions.length + 1);
        more[conditions.length] = new Declared(id, holds, condition);
        conditions = more;
        return this;
    }

    /** The batch engine's amount of a family that met every condition. */
    public FamilyConditions amountInBatch(BatchAmountOnLaw amount) {
        this.batchAmount = amount;
        return this;
    }

    /** Whether the measure gives {@code f} a decision on the law's day. */
    public boolean applies(FamilyOnDay f, Law law) {
        return applies.on(law).holds(f);
    }

    /**
     * The decision of the calculation's family: each condition checked and recorded in order, the first that fails
     * refusing; when all hold, {@code amount} decides.
     */
    public Decision decide(Calculation c, FamilyOnDay f, Amount amount) {
        if (inForce != null) {
            kz.shanyraq.law.measure.Refusal notInForce = c.refuseIfNotInForce(inForce);
            if (notInForce != null) {
                return notInForce;
            }
        }
        for (Declared d : conditions) {
            Check check = d.condition.on(c);
            if (check == NOT_CHECKED) {
                continue;
            }
            if (!check.determined(f)) {
                throw check.unknown(f);
            }
            boolean holds = check.holds(f);
            if (d.id == null) {
                if (!holds) {
                    return c.refuse("guard", check.refusal(f));
                }
                continue;
            }
            if (!c.check(d.id, d.holds, c.explaining() ? check.shown(f) : null, holds)) {
                return c.refuse(d.id, check.refusal(f));
            }
        }
        return amount.of(c, f);
    }
}
