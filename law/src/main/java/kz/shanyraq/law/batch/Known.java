package kz.shanyraq.law.batch;

import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.util.function.Supplier;

/** A parameter value resolved at compile time, or the fact that the law does not give it (→ undetermined). */
final class Known {

    private Known() {
    }

    /** The value, or null when the law does not give it on the day. */
    static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (ParameterUnknownException e) {
            return null;
        }
    }
}
