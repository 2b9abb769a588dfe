package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.parameter.Law;

import java.util.Map;

/**
 * One beneficiary's decision packed in a long ({@code amount × 4 + outcome code}), computed by the measure's own
 * {@code calculate} for the keys that decide the amount: the rule is written once, in the measure, and the batch
 * kernels look its answers up. {@link #NONE} (0) marks a cell not computed yet; a packed decision is never 0 since
 * every decision's code is 1–3.
 */
final class Amounts {

    static final long NONE = 0;
    /** An entitlement of amount {@code a} is packed as {@code ENTITLED_BASE + 4 × a}. */
    static final long ENTITLED_BASE = Outcome.ENTITLED;

    private Amounts() {
    }

    /** The measure's own answer for the given keys on the given law, packed. */
    static long of(Measure measure, Law law, Map<String, String> keys) {
        Decision d = measure.calculate(Inputs.parse(measure.id(), measure.inputs(), keys), law, false);
        return pack(d);
    }

    static long pack(Decision d) {
        byte code = d instanceof Entitlement ? Outcome.ENTITLED : d instanceof Refusal ? Outcome.REFUSED
                : Outcome.UNDETERMINED;
        long amount = d instanceof Entitlement e ? e.amount() : 0;
        return amount * 4 + code;
    }

    static byte code(long packed) {
        return (byte) (packed & 3);
    }

    static long amount(long packed) {
        return packed >> 2;
    }
}
