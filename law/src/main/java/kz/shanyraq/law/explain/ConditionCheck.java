package kz.shanyraq.law.explain;

/** One eligibility condition as it was checked: what it asks, the value seen, whether it held. */
public record ConditionCheck(String code, Text label, String actual, boolean satisfied) {
}
