package kz.shanyraq.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A source system signing every request in: the slow hash runs once for a right password, always for a wrong one. */
class VerifiedPasswordsTest {

    final AtomicInteger slowChecks = new AtomicInteger();
    final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final VerifiedPasswords passwords = new VerifiedPasswords(new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    });

    @Test
    void theRightPasswordIsHashedOnceThenRemembered() {
        String stored = passwords.encode("gateway-secret");
        for (int i = 0; i < 5; i++) {
            assertThat(passwords.matches("gateway-secret", stored)).isTrue();
        }
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedAndCheckedEveryTime() {
        String stored = passwords.encode("gateway-secret");
        assertThat(passwords.matches("gateway-secret", stored)).isTrue();
        assertThat(passwords.matches("guess", stored)).isFalse();
        assertThat(passwords.matches("guess", stored)).isFalse();
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void aChangedPasswordIsNotMatchedByTheOldOne() {
        String old = passwords.encode("old-secret");
        assertThat(passwords.matches("old-secret", old)).isTrue();
        String changed = passwords.encode("new-secret");
        assertThat(passwords.matches("old-secret", changed)).isFalse();
        assertThat(passwords.matches("new-secret", changed)).isTrue();
    }
}
