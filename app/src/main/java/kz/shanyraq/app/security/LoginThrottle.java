package kz.shanyraq.app.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down: counts the wrong passwords in a row per account and per client address and, past a
 * threshold, locks the account (or the address) for a time that doubles with every further wrong password. It is
 * asked <em>before</em> any password hash is computed, so a locked account or address costs the server no bcrypt
 * work. A right password clears the account's count (not the address's: one valid account must not launder guesses
 * at others). Counts are forgotten after an hour without a wrong password. The state lives in memory: a restart
 * forgets it (the audit trail keeps every failure and lockout).
 */
@Component
public class LoginThrottle {

    /** Wrong passwords in a row an account may have before it is locked. */
    static final int ACCOUNT_FREE_FAILURES = 5;
    /** Wrong passwords from one address (at any accounts) before the address is locked: offices share addresses. */
    static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Addresses remembered at most; beyond that, those whose state has expired are dropped first. */
    static final int MAX_REMEMBERED = 100_000;

    /** What is throttled: an account or a client address. */
    public enum Kind { ACCOUNT, ADDRESS }

    /** A locked account or address, as the administrators' screen shows it. */
    public record Lock(Kind kind, String key, int failures, Instant lastFailure, Instant lockedUntil) {
    }

    /** Why a sign-in is refused before its password is checked. */
    public record Refusal(Kind kind, Instant lockedUntil) {
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil;
    }

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in to this account from this address may have its password checked now. */
    public Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Instant account = lockedUntil(accounts.get(accountKey(username)), now);
        if (account != null) {
            return Optional.of(new Refusal(Kind.ACCOUNT, account));
        }
        Instant byAddress = lockedUntil(address == null ? null : addresses.get(address), now);
        return byAddress == null ? Optional.empty() : Optional.of(new Refusal(Kind.ADDRESS, byAddress));
    }

    /** Counts a wrong password; returns the lock it caused, if any. */
    public Optional<Refusal> failed(String username, String address) {
        Instant now = clock.instant();
        Instant accountLock = fail(accounts, accountKey(username), ACCOUNT_FREE_FAILURES, now);
        Instant addressLock = address == null ? null : fail(addresses, address, ADDRESS_FREE_FAILURES, now);
        if (accountLock != null) {
            return Optional.of(new Refusal(Kind.ACCOUNT, accountLock));
        }
        return addressLock == null ? Optional.empty() : Optional.of(new Refusal(Kind.ADDRESS, addressLock));
    }

    /** A right password: the account starts afresh. */
    public void succeeded(String username) {
        accounts.remove(accountKey(username));
    }

    /** Every account and address locked now, the longest lock first. */
    public List<Lock> locks() {
        Instant now = clock.instant();
        List<Lock> out = new ArrayList<>();
        collect(Kind.ACCOUNT, accounts, now, out);
        collect(Kind.ADDRESS, addresses, now, out);
        out.sort(Comparator.comparing(Lock::lockedUntil).reversed());
        return out;
    }

    /** Unlocks an account or an address and forgets its wrong passwords; returns whether it was locked. */
    public boolean unlock(Kind kind, String key) {
        Map<String, Failures> map = kind == Kind.ACCOUNT ? accounts : addresses;
        Failures removed = map.remove(kind == Kind.ACCOUNT ? accountKey(key) : key);
        return removed != null && lockedUntil(removed, clock.instant()) != null;
    }

    private static void collect(Kind kind, Map<String, Failures> map, Instant now, List<Lock> out) {
        map.forEach((key, f) -> {
            synchronized (f) {
                if (f.lockedUntil != null && f.lockedUntil.isAfter(now)) {
                    out.add(new Lock(kind, key, f.count, f.last, f.lockedUntil));
                }
            }
        });
    }

    private static Instant lockedUntil(Failures f, Instant now) {
        if (f == null) {
            return null;
        }
        synchronized (f) {
            return f.lockedUntil != null && f.lockedUntil.isAfter(now) ? f.lockedUntil : null;
        }
    }

    private Instant fail(Map<String, Failures> map, String key, int free, Instant now) {
        if (map.size() >= MAX_REMEMBERED) {
            map.values().removeIf(f -> {
                synchronized (f) {
                    return expired(f, now);
                }
            });
        }
        Failures f = map.computeIfAbsent(key, k -> new Failures());
        synchronized (f) {
            if (expired(f, now)) {
                f.count = 0;
                f.lockedUntil = null;
            }
            f.count++;
            f.last = now;
            if (f.count < free) {
                return null;
            }
            f.lockedUntil = now.plus(lockFor(f.count - free));
            return f.lockedUntil;
        }
    }

    /** One minute at the threshold, doubling with every further wrong password, at most an hour. */
    static Duration lockFor(int beyondFree) {
        if (beyondFree >= 6) {
            return LONGEST_LOCK;
        }
        Duration d = FIRST_LOCK.multipliedBy(1L << beyondFree);
        return d.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : d;
    }

    private static boolean expired(Failures f, Instant now) {
        boolean locked = f.lockedUntil != null && f.lockedUntil.isAfter(now);
        return !locked && f.last != null && f.last.plus(FORGET_AFTER).isBefore(now);
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
