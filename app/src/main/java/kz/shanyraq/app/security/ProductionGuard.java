package kz.shanyraq.app.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * In production, refuses to start when it would run unsafely: the demo profile active, any demo user in the
 * database (their password is published), any account whose password is a known default, or a database that does
 * not make commits durable ({@code fsync} or {@code synchronous_commit} off: an acknowledged event or audit row could
 * be lost in a crash). Runs once every bean is ready (so after the migrations) and before the web server opens its
 * port; names every problem it found at once.
 */
@Component
@Profile("prod")
class ProductionGuard implements SmartInitializingSingleton {

    private final Environment environment;
    private final AppUsers users;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;

    ProductionGuard(Environment environment, AppUsers users, PasswordEncoder passwords, JdbcClient jdbc) {
        this.environment = environment;
        this.users = users;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("Refusing to start: the 'prod' and 'demo' profiles are both active. "
                    + "Demo users and data must never run in production.");
        }
        List<String> problems = new ArrayList<>();
        long demo = users.countDemoUsers();
        if (demo > 0) {
            problems.add("the database holds " + demo + " demo user(s) (app_user.demo = true) whose passwords are "
                    + "public. Delete them first: delete from app_user where demo;");
        }
        List<String> defaults = accountsWithDefaultPasswords();
        if (!defaults.isEmpty()) {
            problems.add("account(s) " + String.join(", ", defaults) + " have a known default password; set a new "
                    + "password (a new {bcrypt} hash in app_user.password_hash) or disable them");
        }
        problems.addAll(durabilityProblems());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production:\n  - " + String.join("\n  - ", problems));
        }
    }

    /** Accounts whose stored hash matches a known default (one slow hash per account and default, on all cores). */
    List<String> accountsWithDefaultPasswords() {
        return users.passwordHashes().entrySet().parallelStream()
                .filter(e -> KnownDefaultPasswords.ALL.stream().anyMatch(p -> matches(p, e.getValue())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    private boolean matches(String password, String hash) {
        try {
            return passwords.matches(password, hash);
        } catch (IllegalArgumentException e) {
            return false; // a hash of a scheme this server cannot check: it cannot be a known default either
        }
    }

    /** What the database says about durability: each setting that lets a committed transaction be lost. */
    List<String> durabilityProblems() {
        List<String> problems = new ArrayList<>();
        String fsync = jdbc.sql("show fsync").query(String.class).single();
        if (!"on".equals(fsync)) {
            problems.add("the database runs with fsync = " + fsync + ": a crash of its machine can lose or corrupt "
                    + "committed data. Set fsync = on in postgresql.conf");
        }
        String synchronous = jdbc.sql("show synchronous_commit").query(String.class).single();
        if ("off".equals(synchronous)) {
            problems.add("the database runs with synchronous_commit = off: an acknowledged event or audit row can be "
                    + "lost in a crash. Set synchronous_commit = on (commit_delay may group commits instead)");
        }
        return problems;
    }
}
