package kz.shanyraq.law.batch;

import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Refusal;

import java.util.List;

/**
 * What one measure says for one family, as one code. A measure gives one decision per potential beneficiary; the
 * family's code summarises them: {@link #UNDETERMINED} if any decision is undetermined (the family's total for the
 * measure is then not fully known), else {@link #ENTITLED} if any is an entitlement, else {@link #REFUSED} if any is
 * a refusal, else {@link #NOT_APPLICABLE} (no potential beneficiary). The amount is the sum of the entitlements'
 * amounts in whole tenge (monthly or one-time, as the measure pays).
 */
public final class Outcome {

    public static final byte NOT_APPLICABLE = 0;
    public static final byte ENTITLED = 1;
    public static final byte REFUSED = 2;
    public static final byte UNDETERMINED = 3;

    private Outcome() {
    }

    /** Code of a family's decisions under one measure. */
    public static byte of(List<? extends Decision> decisions) {
        byte code = NOT_APPLICABLE;
        for (Decision d : decisions) {
            code = worse(code, d instanceof Entitlement ? ENTITLED : d instanceof Refusal ? REFUSED : UNDETERMINED);
        }
        return code;
    }

    /** Sum of the entitled amounts of a family's decisions under one measure. */
    public static long amount(List<? extends Decision> decisions) {
        long sum = 0;
        for (Decision d : decisions) {
            if (d instanceof Entitlement e) {
                sum = Math.addExact(sum, e.amount());
            }
        }
        return sum;
    }

    /** Combines the code so far with one more beneficiary's code (undetermined > entitled > refused > none). */
    static byte worse(byte a, byte b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(byte code) {
        return switch (code) {
            case UNDETERMINED -> 3;
            case ENTITLED -> 2;
            case REFUSED -> 1;
            default -> 0;
        };
    }

    public static String name(byte code) {
        return switch (code) {
            case ENTITLED -> "entitled";
            case REFUSED -> "refused";
            case UNDETERMINED -> "undetermined";
            default -> "not-applicable";
        };
    }
}
