package kz.shanyraq.app.labour;

import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;

/**
 * Who may see what on the labour side: an inspector sees the enterprises of their region one by one; an analyst
 * sees aggregates of the whole country and no single enterprise; operators and administrators start scoring runs.
 */
final class LabourAccess {

    private LabourAccess() {
    }

    static void requireEnterpriseLevel(ShanyraqUser user, String enterpriseRegion) {
        if (user.role() != Role.INSPECTOR || user.scope() == null) {
            throw LabourRefusedException.role();
        }
        if (enterpriseRegion != null && !user.scope().region().equals(enterpriseRegion)) {
            throw LabourRefusedException.territory(enterpriseRegion);
        }
    }

    /** The region an aggregate is limited to: the inspector's; null (national) for an analyst. */
    static String aggregateScope(ShanyraqUser user) {
        if (user.role() == Role.ANALYST) {
            return user.scope() == null ? null : user.scope().region();
        }
        if (user.role() == Role.INSPECTOR && user.scope() != null) {
            return user.scope().region();
        }
        throw LabourRefusedException.role();
    }

    static void requireRunControl(ShanyraqUser user) {
        if (user.role() != Role.ANALYST && user.role() != Role.OPERATOR && user.role() != Role.ADMIN) {
            throw LabourRefusedException.role();
        }
    }

    static void requireRunHistory(ShanyraqUser user) {
        if (user.role() != Role.ANALYST && user.role() != Role.OPERATOR && user.role() != Role.ADMIN
                && user.role() != Role.INSPECTOR) {
            throw LabourRefusedException.role();
        }
    }
}
