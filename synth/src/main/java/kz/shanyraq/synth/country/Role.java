package kz.shanyraq.synth.country;

/** A member's place in the family ({@code family_member.relation}). */
public enum Role {
    HEAD("head"), SPOUSE("spouse"), CHILD("child"), PARENT("parent"), GRANDCHILD("grandchild");

    public final String code;

    Role(String code) {
        this.code = code;
    }
}
