package kz.shanyraq.app.home;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

/** The operator's and administrator's registers: the latest registry imports, and the users with their roles. */
@Component
class Registers {

    record Import(String batchId, String sourceKind, int rows, int changed, OffsetDateTime at, String by) {
    }

    record User(String username, String role, String region, String district, boolean demo, boolean enabled,
                OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;

    Registers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Import> imports() {
        return jdbc.sql("""
                select batch_id, source_kind, rows, changed, imported_at, imported_by
                  from import_batch order by imported_at desc limit 20""")
                .query((rs, n) -> new Import(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
                .list();
    }

    List<User> users() {
        return jdbc.sql("""
                select username, role, region_code, district_id, demo, enabled, created_at
                  from app_user order by role, username""")
                .query((rs, n) -> new User(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }
}
