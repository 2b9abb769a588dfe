package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

/** A vehicle registered to a member (registry table {@code vehicle}); {@code madeYear} if known. */
public record Vehicle(String memberId, Kind kind, Integer madeYear, LocalDate from, LocalDate until) {

    public enum Kind {
        @JsonProperty("car") CAR,
        @JsonProperty("truck") TRUCK,
        @JsonProperty("motorcycle") MOTORCYCLE,
        @JsonProperty("agricultural") AGRICULTURAL,
        @JsonProperty("other") OTHER
    }

    public boolean heldOn(LocalDate day) {
        return Assets.held(from, until, day);
    }
}
