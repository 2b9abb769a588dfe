package kz.shanyraq.app.security;

import kz.shanyraq.app.database.ChangeAwareCache;
import kz.shanyraq.app.database.TableChanges;
import java.util.Optional;

import kz.shanyraq.app.registry.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** The users of the server, from {@code app_user}. */
@Service
public class AppUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    /** Every request signs in again (HTTP Basic): the account is kept until {@code app_user} changes. */
    private final ChangeAwareCache<String, Optional<Account>> accounts;

    /** What is kept of an account; each request gets its own user object (Spring Security erases its password). */
    private record Account(String username, String passwordHash, Role role, Territory scope, boolean enabled) {
    }

    AppUsers(JdbcClient jdbc, TableChanges changes) {
        this.jdbc = jdbc;
        this.accounts = new ChangeAwareCache<>(changes, 1024, "app_user");
    }

    @Override
    public ShanyraqUser loadUserByUsername(String username) {
        return accounts.get(username, () -> account(username))
                .map(a -> new ShanyraqUser(a.username(), a.passwordHash(), a.role(), a.scope(), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    private Optional<Account> account(String username) {
        return jdbc.sql("""
                        select username, password_hash, role, region_code, district_id, enabled
                          from app_user where username = :username
                        """)
                .param("username", username)
                .query((rs, n) -> new Account(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.byCode(rs.getString("role")),
                        rs.getString("region_code") == null ? null
                                : new Territory(rs.getString("region_code"), rs.getString("district_id")),
                        rs.getBoolean("enabled")))
                .optional();
    }

    /** Creates a user unless one with that login exists; returns whether it was created. */
    public boolean createIfAbsent(String username, String passwordHash, Role role, Territory scope, boolean demo) {
        return jdbc.sql("""
                        insert into app_user (username, password_hash, role, region_code, district_id, demo)
                        values (:username, :hash, :role, :region, :district, :demo)
                        on conflict (username) do nothing
                        """)
                .param("username", username)
                .param("hash", passwordHash)
                .param("role", role.code())
                .param("region", scope == null ? null : scope.region())
                .param("district", scope == null ? null : scope.district())
                .param("demo", demo)
                .update() == 1;
    }

    /** Every account's login and stored password hash. */
    java.util.Map<String, String> passwordHashes() {
        java.util.Map<String, String> hashes = new java.util.TreeMap<>();
        jdbc.sql("select username, password_hash from app_user").query((java.sql.ResultSet rs) -> {
            hashes.put(rs.getString(1), rs.getString(2));
        });
        return hashes;
    }

    public long countDemoUsers() {
        return jdbc.sql("select count(*) from app_user where demo").query(Long.class).single();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }
}
