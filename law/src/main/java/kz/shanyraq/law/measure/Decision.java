package kz.shanyraq.law.measure;

import kz.shanyraq.law.explain.Explanation;

/**
 * What the law says for one beneficiary under one measure: an {@link Entitlement}, a {@link Refusal} naming the
 * condition that failed, or {@link Undetermined} when a parameter value the law needs is unknown to us.
 * The explanation is {@code null} when the caller asked for speed instead of explanation.
 */
public sealed interface Decision permits Entitlement, Refusal, Undetermined {

    String measure();

    /** Member id (or the family id for family-level measures). */
    String beneficiary();

    Explanation explanation();
}
