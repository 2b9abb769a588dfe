package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A land plot held by a member (registry table {@code land_plot}). */
public record LandPlot(String memberId, BigDecimal hectares, Purpose purpose, LocalDate from, LocalDate until) {

    public enum Purpose {
        @JsonProperty("household") HOUSEHOLD,
        @JsonProperty("agricultural") AGRICULTURAL,
        @JsonProperty("other") OTHER
    }

    public boolean heldOn(LocalDate day) {
        return Assets.held(from, until, day);
    }
}
