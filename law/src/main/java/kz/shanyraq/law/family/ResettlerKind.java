package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ResettlerKind {
    /** Кандас settling in a region of the regional quota. */
    @JsonProperty("kandas") KANDAS,
    /** Переселенец: participant of voluntary resettlement to a labour-deficit region. */
    @JsonProperty("resettler") RESETTLER
}
