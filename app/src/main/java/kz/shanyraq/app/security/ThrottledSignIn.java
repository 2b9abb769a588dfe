package kz.shanyraq.app.security;

import jakarta.servlet.http.HttpServletRequest;
import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * Every password check of the server (the web UI's form login and the API's HTTP Basic) passes here: the throttle
 * is asked first, and only if it allows it does the password get hashed and compared. Every wrong password and every
 * throttled attempt is logged and written to the audit trail (action {@code sign-in-failed} /
 * {@code sign-in-throttled}, outcome {@code denied}, the client address in {@code reason}).
 */
final class ThrottledSignIn implements AuthenticationProvider {

    static final String FAILED = "sign-in-failed";
    static final String THROTTLED = "sign-in-throttled";
    static final String SIGN_IN = "sign-in";
    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);
    /** Longer names are cut in the audit and the log: the name is whatever a client typed. */
    private static final int MAX_NAME = 64;

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle, AuditTrail audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = name(attempt.getName());
        String address = address(attempt);
        String channel = channel();
        Optional<LoginThrottle.Refusal> refused = throttle.refusal(username, address);
        if (refused.isPresent()) {
            LoginThrottle.Refusal r = refused.get();
            // Every throttled attempt is in the audit trail; the log keeps only the failures that lock.
            log.debug("Sign-in throttled for '{}' from {} ({} locked until {})", username, address,
                    r.kind().name().toLowerCase(), r.lockedUntil());
            record(username, channel, THROTTLED, (r.kind() == LoginThrottle.Kind.ACCOUNT ? "account" : "address")
                    + " locked until " + r.lockedUntil() + "; from " + address);
            throw new LoginThrottledException(r);
        }
        try {
            Authentication done = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return done;
        } catch (AuthenticationException e) {
            Optional<LoginThrottle.Refusal> locked = throttle.failed(username, address);
            String reason = e.getClass().getSimpleName().replace("Exception", "") + " from " + address
                    + locked.map(l -> "; now " + (l.kind() == LoginThrottle.Kind.ACCOUNT ? "account" : "address")
                    + " locked until " + l.lockedUntil()).orElse("");
            log.warn("Sign-in failed for '{}': {}", username, reason);
            record(username, channel, FAILED, reason);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void record(String username, String channel, String action, String reason) {
        audit.record(new AuditEntry(username, "unknown", channel, action, SIGN_IN, null, null, null, null,
                "denied", reason));
    }

    private static String name(String raw) {
        String s = raw == null ? "" : raw.strip();
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(MAX_NAME).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return out.toString();
    }

    private static String address(Authentication attempt) {
        HttpServletRequest request = currentRequest();
        if (request != null) {
            return request.getRemoteAddr();
        }
        return attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }

    private static String channel() {
        HttpServletRequest request = currentRequest();
        return request != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? "api" : (request == null ? "api" : "ui");
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }
}
