package kz.shanyraq.app.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Instant;

/** A sign-in refused before its password was checked: too many wrong passwords for the account or the address. */
public class LoginThrottledException extends AuthenticationException {

    private final transient LoginThrottle.Refusal refusal;

    LoginThrottledException(LoginThrottle.Refusal refusal) {
        super("Too many wrong passwords; sign-in is locked until " + refusal.lockedUntil());
        this.refusal = refusal;
    }

    public Instant lockedUntil() {
        return refusal.lockedUntil();
    }

    /** Whole seconds until the lock ends (for {@code Retry-After}), at least one. */
    public long retryAfterSeconds(Instant now) {
        return Math.max(1, java.time.Duration.between(now, refusal.lockedUntil()).toSeconds() + 1);
    }
}
