package kz.shanyraq.app.analytics;

import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;

import java.util.Set;

/** Who may read analytics: the staff who study aggregates nationally. None of them reads a person. */
final class AnalyticsAccess {

    static final Set<Role> READERS = Set.of(Role.ANALYST, Role.OPERATOR, Role.ADMIN);

    private AnalyticsAccess() {
    }

    static void require(ShanyraqUser user) {
        if (user == null || !READERS.contains(user.role())) {
            throw AnalyticsRefusedException.role();
        }
    }
}
