package kz.shanyraq.law.parameter;

import java.time.LocalDate;

/**
 * A calculation needs a parameter value that the law, as we hold it, does not give for that date.
 * The result is then undetermined: we never guess a value.
 */
public class ParameterUnknownException extends RuntimeException {

    private final String parameter;
    private final String key;
    private final LocalDate on;

    public ParameterUnknownException(String parameter, String key, LocalDate on, String why) {
        // A signal of the law's state, not a bug: no stack trace, so undetermined results stay cheap.
        super("parameter unknown: " + parameter + (key == null ? "" : " [" + key + "]") + " on " + on
                + (why == null || why.isBlank() ? "" : " (" + why + ")"), null, false, false);
        this.parameter = parameter;
        this.key = key;
        this.on = on;
    }

    public String parameter() {
        return parameter;
    }

    public String key() {
        return key;
    }

    public LocalDate on() {
        return on;
    }
}
