package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Sex {
    @JsonProperty("female") FEMALE,
    @JsonProperty("male") MALE
}
