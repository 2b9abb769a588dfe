package kz.shanyraq.app.casework;

import kz.shanyraq.app.security.ShanyraqUser;

/** Who acts on a case and through which channel ({@code ui} or {@code api}). */
public record Officer(ShanyraqUser user, String channel) {

    public String name() {
        return user.getUsername();
    }

    public static Officer api(ShanyraqUser user) {
        return new Officer(user, "api");
    }

    public static Officer ui(ShanyraqUser user) {
        return new Officer(user, "ui");
    }
}
