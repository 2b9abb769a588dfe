package kz.shanyraq.app.familycard;

import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.app.security.ShanyraqUser;

/**
 * Who reads, why, and through which channel.
 *
 * @param channel {@code ui} or {@code api}
 */
public record Reader(ShanyraqUser user, Purpose purpose, String channel) {

    public static Reader ui(ShanyraqUser user, Purpose purpose) {
        return new Reader(user, purpose, "ui");
    }

    public static Reader api(ShanyraqUser user, Purpose purpose) {
        return new Reader(user, purpose, "api");
    }
}
