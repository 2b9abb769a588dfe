package kz.shanyraq.app.casework;

import java.util.Arrays;

/** Where an АСП case stands. The transitions and the rule behind each are in docs/casework.md. */
public enum CaseState {
    /** Registered by a consultant or the portal; waits for the district commission. */
    REGISTERED,
    /** The commission recorded its survey and conclusion; the consultant prepares the decision. */
    SURVEYED,
    /** A decision waits for the department officer (the checker). */
    DECISION_PREPARED,
    /** Conditional aid approved; the social contract is to be concluded. */
    CONTRACT_PENDING,
    /** Unconditional aid assigned and paid monthly. */
    ASSIGNED,
    /** Conditional aid paid under a social contract. */
    UNDER_CONTRACT,
    /** The approved decision refuses assistance. */
    REFUSED,
    /** The social contract was terminated (repeated non-fulfilment, false information). */
    TERMINATED,
    /** The assignment ran its course. */
    CLOSED;

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static CaseState byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown case state " + code));
    }
}
