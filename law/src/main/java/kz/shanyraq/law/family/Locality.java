package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Locality {
    @JsonProperty("urban") URBAN,
    @JsonProperty("rural") RURAL
}
