package kz.shanyraq.app.security;

import java.util.List;

/**
 * Passwords anyone can guess because they are published or are the usual factory defaults. The production profile
 * refuses to start while any account has one of them.
 */
public final class KnownDefaultPasswords {

    /** The demo users' password, printed in the README and on the demo's sign-in page. */
    public static final String DEMO = "shanyraq-demo";

    static final List<String> ALL = List.of(DEMO, "shanyraq", "admin", "administrator", "password", "changeme",
            "change-me", "123456", "12345678", "qwerty", "postgres");

    private KnownDefaultPasswords() {
    }
}
