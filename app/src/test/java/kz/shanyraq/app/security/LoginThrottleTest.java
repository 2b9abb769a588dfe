package kz.shanyraq.app.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's arithmetic: free attempts, a lock that doubles, and forgetting. */
class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveWrongPasswordsLockTheAccountForAMinuteAndEachFurtherOneDoublesIt() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("consultant.sko", "10.0.0." + i)).isEmpty();
        }
        assertThat(throttle.failed("Consultant.SKO", "10.0.0.9")).get()
                .satisfies(r -> assertThat(r.lockedUntil()).isEqualTo(clock.now.plus(Duration.ofMinutes(1))));
        assertThat(throttle.refusal("consultant.sko", "10.0.0.200")).isPresent();

        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(throttle.refusal("consultant.sko", "10.0.0.200")).isEmpty();
        assertThat(throttle.failed("consultant.sko", "10.0.0.200")).get()
                .satisfies(r -> assertThat(r.lockedUntil()).isEqualTo(clock.now.plus(Duration.ofMinutes(2))));
        assertThat(LoginThrottle.lockFor(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.lockFor(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aRightPasswordClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("operator", "10.1.1.1");
        }
        throttle.succeeded("operator");
        assertThat(throttle.failed("operator", "10.1.1.1")).isEmpty();
        for (int i = 0; i < 15; i++) {
            throttle.failed("someone-" + i, "10.1.1.1");
        }
        assertThat(throttle.refusal("admin", "10.1.1.1")).get()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(LoginThrottle.Kind.ADDRESS));
        assertThat(throttle.refusal("admin", "10.1.1.2")).isEmpty();
    }

    @Test
    void wrongPasswordsAreForgottenAfterAnHourWithoutOne() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("analyst", null);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(throttle.failed("analyst", null)).isEmpty();
    }

    @Test
    void anUnlockedAccountStartsAfresh() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", null);
        }
        assertThat(throttle.locks()).extracting(LoginThrottle.Lock::key).containsExactly("admin");
        assertThat(throttle.unlock(LoginThrottle.Kind.ACCOUNT, "admin")).isTrue();
        assertThat(throttle.refusal("admin", null)).isEmpty();
        assertThat(throttle.locks()).isEmpty();
    }
}
