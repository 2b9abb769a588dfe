package kz.shanyraq.law.measure;

/** Who pays a measure. Category 6 of the well-being scoring is refused measures paid from local budgets. */
public enum Financing {
    REPUBLICAN_BUDGET,
    LOCAL_BUDGET,
    SOCIAL_INSURANCE_FUND
}
