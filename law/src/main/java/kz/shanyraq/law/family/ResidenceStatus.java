package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may claim: citizens, kandas, refugees, permanently resident foreigners and stateless persons. */
public enum ResidenceStatus {
    @JsonProperty("citizen") CITIZEN,
    /** Кандас: ethnic Kazakh repatriate. */
    @JsonProperty("kandas") KANDAS,
    @JsonProperty("refugee") REFUGEE,
    @JsonProperty("resident-foreigner") RESIDENT_FOREIGNER,
    @JsonProperty("stateless") STATELESS,
    /** Not permanently resident: no right to most measures. */
    @JsonProperty("non-resident") NON_RESIDENT
}
