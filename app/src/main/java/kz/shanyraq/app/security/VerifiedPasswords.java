package kz.shanyraq.app.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a few minutes that a password matched its stored hash, so that a source system sending events over
 * HTTP Basic (a new check on every request: the API keeps no session) pays the deliberately slow hash (bcrypt, tens of
 * milliseconds of CPU) once, not on every batch.
 *
 * <p>Only successes are remembered, one per stored hash: an HMAC of the password under a key drawn at start and never
 * stored (so the memory holds no fast-to-crack digest of a password), compared in constant time. A wrong password is
 * always checked by the slow hash; a changed password (a new stored hash) never meets an old entry. The user is still
 * loaded and checked (enabled, role) on every request.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private static final long TTL_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    private record Match(byte[] mac, long until) {
    }

    private final PasswordEncoder slow;
    private final SecretKeySpec key;
    private final Map<String, Match> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder slow) {
        this.slow = slow;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
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
        byte[] mac = mac(rawPassword);
        long now = System.nanoTime();
        Match known = verified.get(encodedPassword);
        if (known != null && now - known.until() < 0 && MessageDigest.isEqual(known.mac(), mac)) {
            return true;
        }
        boolean ok = slow.matches(rawPassword, encodedPassword);
        if (ok) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(encodedPassword, new Match(mac, now + TTL_NANOS));
        }
        return ok;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return slow.upgradeEncoding(encodedPassword);
    }

    private byte[] mac(CharSequence raw) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
