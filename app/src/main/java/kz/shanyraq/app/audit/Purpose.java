package kz.shanyraq.app.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a user reads a person's data. Declared on every read (UI: the purpose select; API: the {@code X-Purpose}
 * header) and kept in the audit trail, so each read can be checked against the work that justified it.
 */
public enum Purpose {
    /** Reviewing an application (АСП, a benefit). */
    APPLICATION_REVIEW("application-review"),
    /** Checking what a family is entitled to (consultation, proactive offer). */
    ENTITLEMENT_CHECK("entitlement-check"),
    /** Accompanying a family under a social contract or a case. */
    CASE_WORK("case-work"),
    /** Responding to a hard life situation. */
    HARD_LIFE_SITUATION("hard-life-situation"),
    /** Answering a complaint or an appeal. */
    COMPLAINT_REVIEW("complaint-review"),
    /** Checking the registry's data against a source. */
    DATA_QUALITY("data-quality");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Purpose> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** The accepted codes, for error messages. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Purpose::code).toList());
    }
}
