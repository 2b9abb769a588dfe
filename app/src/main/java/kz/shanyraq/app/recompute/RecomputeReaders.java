package kz.shanyraq.app.recompute;

import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;

import java.util.Set;

/** Who sees what of the recompute: the run history is for the staff who run and study it. */
final class RecomputeReaders {

    /** Operators run it, administrators keep the system, analysts study the results. */
    static final Set<Role> RUN_HISTORY = Set.of(Role.OPERATOR, Role.ADMIN, Role.ANALYST);

    private RecomputeReaders() {
    }

    static void requireRunHistory(ShanyraqUser user) {
        if (!RUN_HISTORY.contains(user.role())) {
            throw new OutsideTerritoryException("role-not-allowed",
                    "the run history is for operators, administrators and analysts");
        }
    }
}
