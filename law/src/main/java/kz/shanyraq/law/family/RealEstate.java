package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A real-estate object owned by a member (registry table {@code real_estate}).
 *
 * @param areaM2 total area in square metres, if known
 * @param until  last day of ownership is the day before {@code until}; null while owned
 */
public record RealEstate(String memberId, Kind kind, BigDecimal areaM2, LocalDate from, LocalDate until) {

    public enum Kind {
        @JsonProperty("dwelling") DWELLING,
        @JsonProperty("commercial") COMMERCIAL,
        @JsonProperty("other") OTHER
    }

    public boolean heldOn(LocalDate day) {
        return Assets.held(from, until, day);
    }
}
