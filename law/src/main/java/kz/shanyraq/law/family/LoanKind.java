package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum LoanKind {
    @JsonProperty("mortgage") MORTGAGE,
    @JsonProperty("consumer") CONSUMER,
    @JsonProperty("microcredit") MICROCREDIT,
    @JsonProperty("car") CAR,
    @JsonProperty("other") OTHER
}
