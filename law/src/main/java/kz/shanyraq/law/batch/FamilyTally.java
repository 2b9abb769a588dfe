package kz.shanyraq.law.batch;

/**
 * A family's summary under one measure built beneficiary by beneficiary, as {@link Outcome#of} and
 * {@link Outcome#amount} summarise the measure's decisions: the worst code and the sum of entitled amounts.
 * Reused across families by one kernel call on one thread (no allocation per family).
 */
final class FamilyTally {

    byte code;
    long sum;

    void reset() {
        code = Outcome.NOT_APPLICABLE;
        sum = 0;
    }

    void add(byte c) {
        code = Outcome.worse(code, c);
    }

    void add(long packed) {
        byte c = Amounts.code(packed);
        code = Outcome.worse(code, c);
        if (c == Outcome.ENTITLED) {
            sum = Math.addExact(sum, Amounts.amount(packed));
        }
    }

    void write(int f, byte[] outcome, long[] amount) {
        outcome[f] = code;
        amount[f] = sum;
    }
}
