package kz.shanyraq.recompute.run;

/**
 * What a run keeps of one family's evaluation: the category (1–6) and the 2023 level (A–E) when a methodology ran,
 * and each measure's outcome as indexes into the run's measure list.
 *
 * @param entitled     measures giving the family a right (indexes), ascending
 * @param amounts      for each entitled measure, the sum of its entitlements in tenge
 * @param undetermined measures whose answer depends on a parameter the law does not give (indexes)
 */
public record FamilyOutcome(Integer category, String level2023, short[] entitled, long[] amounts,
                            short[] undetermined) {
}
