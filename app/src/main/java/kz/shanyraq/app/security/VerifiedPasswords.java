package kz.shanyraq.app.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a few minutes that a password matched its stored hash, so that a source system sending events over
 * HTTP Basic (a new check on every request: the API keeps no session) pays the deliberately slow hash (bcrypt, tens of
 * milliseconds of CPU) once, not on every batch. Only successes are remembered, keyed by the stored hash and a SHA-256
 * of the password given: a wrong password is always checked by the slow hash, and a changed password (a new stored
 * hash) is never matched by an old entry. The user is still loaded and checked (enabled, role) on every request.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private static final long TTL_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder slow;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder slow) {
        this.slow = slow;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return slow.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return slow.matches(rawPassword, encodedPassword);
        }
        String key = encodedPassword + '\u0000' + sha256(rawPassword);
        long now = System.nanoTime();
        Long until = verified.get(key);
        if (until != null && now - until < 0) {
            return true;
        }
        boolean ok = slow.matches(rawPassword, encodedPassword);
        if (ok) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, now + TTL_NANOS);
        } else {
            verified.remove(key);
        }
        return ok;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return slow.upgradeEncoding(encodedPassword);
    }

    private static String sha256(CharSequence raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
