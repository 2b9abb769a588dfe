package kz.shanyraq.app.demo;

import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.registry.Territory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import kz.shanyraq.app.security.AppUsers;
import kz.shanyraq.app.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

/** The demo users, one per role, all with {@link #PASSWORD}; flagged {@code demo} so production refuses them. */
@Component
public class DemoUsers {

    /** Published in the README and printed by {@code ./shanyraq up}: never use it outside the demo. */
    public static final String PASSWORD = kz.shanyraq.app.security.KnownDefaultPasswords.DEMO;

    /** A demo user: login, role, scope, and what it shows in the demo. */
    public record DemoUser(String username, Role role, Territory scope) {
    }

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("consultant.sko", Role.CONSULTANT, new Territory("KZ-59", "KZ-59-01")),
            new DemoUser("assistant.sko", Role.ASSISTANT, new Territory("KZ-59", "KZ-59-02")),
            new DemoUser("consultant.turkestan", Role.CONSULTANT, new Territory("KZ-61", "KZ-61-01")),
            new DemoUser("assistant.turkestan", Role.ASSISTANT, new Territory("KZ-61", "KZ-61-01")),
            new DemoUser("commission.turkestan", Role.COMMISSION, new Territory("KZ-61", "KZ-61-01")),
            new DemoUser("officer.turkestan", Role.DEPARTMENT_OFFICER, new Territory("KZ-61", "KZ-61-01")),
            new DemoUser("officer2.turkestan", Role.DEPARTMENT_OFFICER, new Territory("KZ-61", "KZ-61-01")),
            new DemoUser("specialist.astana", Role.FAMILY_SUPPORT, Territory.region("KZ-71")),
            new DemoUser("inspector.sko", Role.INSPECTOR, Territory.region("KZ-59")),
            new DemoUser("employer.sko", Role.EMPLOYER_RELATIONS, Territory.region("KZ-59")),
            new DemoUser("analyst", Role.ANALYST, null),
            new DemoUser("operator", Role.OPERATOR, null),
            new DemoUser("admin", Role.ADMIN, null),
            new DemoUser("portal", Role.PORTAL, null));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final AppUsers users;
    private final PasswordEncoder encoder;
    private final PlaceNames places;

    DemoUsers(AppUsers users, PasswordEncoder encoder, PlaceNames places) {
        this.users = users;
        this.encoder = encoder;
        this.places = places;
    }

    /** Creates the demo users that do not exist yet; returns how many were created. */
    int ensureCreated() {
        if (users.countDemoUsers() >= ALL.size()) {
            return 0;
        }
        int created = 0;
        // One hash for all: a BCrypt hash costs tens of milliseconds, and the password is the same.
        String hash = encoder.encode(PASSWORD);
        for (DemoUser u : ALL) {
            Territory scope = u.scope();
            if (scope != null && scope.district() != null && !places.districtExists(scope.district())) {
                // A registry loaded by another tool may divide the region differently: keep the user, widen the scope.
                log.warn("Demo user {}: district {} is not in the registry, scope widened to region {}",
                        u.username(), scope.district(), scope.region());
                scope = Territory.region(scope.region());
            }
            if (users.createIfAbsent(u.username(), hash, u.role(), scope, true)) {
                created++;
            }
        }
        return created;
    }
}
