package kz.shanyraq.app.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an individual family plan may hold (seed 003): the active employment measures (Law «О занятости населения»)
 * and the social-adaptation measures. Labels: {@code plan.measure.<code>} in the message bundles.
 */
public enum PlanMeasure {
    VOCATIONAL_TRAINING(true), ENTREPRENEURSHIP_SUPPORT(true), YOUTH_PRACTICE(true), SOCIAL_JOB(true),
    VOLUNTARY_RESETTLEMENT(true), SPECIAL_JOB_FOR_DISABILITY(true), PUBLIC_WORKS(true),
    HOUSING_AID(false), LOCAL_SOCIAL_AID(false), SCREENING(false), TREATMENT_OF_SOCIALLY_SIGNIFICANT_DISEASE(false),
    PREGNANCY_REGISTRATION_BEFORE_12_WEEKS(false), SUPPORT_OF_PUPILS(false), SUPPORT_DURING_EDUCATION(false),
    KINDERGARTEN_PLACE(false);

    private final boolean employment;

    PlanMeasure(boolean employment) {
        this.employment = employment;
    }

    public boolean employment() {
        return employment;
    }

    public String kind() {
        return employment ? "employment" : "social-adaptation";
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<PlanMeasure> byCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }
}
