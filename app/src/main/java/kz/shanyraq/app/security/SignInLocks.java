package kz.shanyraq.app.security;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import org.springframework.stereotype.Service;

import java.util.List;

/** What administrators see and do about sign-in locks: the list, and unlocking (audited). */
@Service
public class SignInLocks {

    static final String UNLOCKED = "sign-in-unlocked";

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    SignInLocks(LoginThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Only administrators manage sign-in locks. */
    public static boolean mayManage(ShanyraqUser user) {
        return user.role() == Role.ADMIN;
    }

    public List<LoginThrottle.Lock> current(ShanyraqUser admin) {
        requireAdmin(admin);
        return throttle.locks();
    }

    /**
     * Unlocks an account or address and forgets its wrong passwords; the unlock is audited. Returns whether it was
     * locked.
     */
    public boolean unlock(ShanyraqUser admin, LoginThrottle.Kind kind, String key, String channel) {
        requireAdmin(admin);
        boolean was = throttle.unlock(kind, key);
        audit.record(new AuditEntry(admin.getUsername(), admin.role().code(), channel, UNLOCKED,
                ThrottledSignIn.SIGN_IN, null, null, null, null, "granted",
                kind.name().toLowerCase() + " " + key + (was ? " unlocked" : " was not locked")));
        return was;
    }

    private static void requireAdmin(ShanyraqUser user) {
        if (!mayManage(user)) {
            throw new org.springframework.security.access.AccessDeniedException("only administrators");
        }
    }
}
