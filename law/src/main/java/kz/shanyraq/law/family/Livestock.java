package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

/** Livestock of a member by species, as counted on a day (registry table {@code livestock}). */
public record Livestock(String memberId, Species species, int head, LocalDate asOf) {

    public enum Species {
        @JsonProperty("cattle") CATTLE,
        @JsonProperty("horse") HORSE,
        @JsonProperty("camel") CAMEL,
        @JsonProperty("sheep") SHEEP,
        @JsonProperty("goat") GOAT,
        @JsonProperty("pig") PIG,
        @JsonProperty("poultry") POULTRY;

        /** Cattle, horses and camels: counted as large livestock. */
        public boolean large() {
            return this == CATTLE || this == HORSE || this == CAMEL;
        }
    }
}
