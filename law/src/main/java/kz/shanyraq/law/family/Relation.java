package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A member's relation to the head of the family. */
public enum Relation {
    @JsonProperty("head") HEAD,
    @JsonProperty("spouse") SPOUSE,
    @JsonProperty("child") CHILD,
    @JsonProperty("parent") PARENT,
    @JsonProperty("sibling") SIBLING,
    @JsonProperty("grandchild") GRANDCHILD,
    @JsonProperty("ward") WARD,
    @JsonProperty("other") OTHER
}
