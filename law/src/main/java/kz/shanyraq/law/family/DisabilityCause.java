package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum DisabilityCause {
    /** Общее заболевание. */
    @JsonProperty("general-illness") GENERAL_ILLNESS,
    /** Инвалидность с детства (and children with disability). */
    @JsonProperty("childhood") CHILDHOOD,
    @JsonProperty("work-injury") WORK_INJURY,
    @JsonProperty("occupational-disease") OCCUPATIONAL_DISEASE,
    @JsonProperty("other") OTHER
}
