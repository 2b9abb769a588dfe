package kz.shanyraq.db;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded registry as an attacker on the same machine finds it (issue 13, items 1 and 2). */
class LockedDownDatabaseTest {

    static Path folder;
    static EmbeddedDatabase db;

    @BeforeAll
    static void start() throws Exception {
        folder = Files.createTempDirectory("locked-down-");
        db = EmbeddedDatabase.start(folder, 0, Durability.DURABLE);
        RegistrySchema.migrate(db.dataSource());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void a_durable_database_flushes_every_commit_before_acknowledging_it() throws SQLException {
        try (Connection c = db.applicationDataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(show(s, "fsync")).isEqualTo("on");
            assertThat(show(s, "synchronous_commit")).isEqualTo("on");
            assertThat(show(s, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void nobody_signs_in_without_a_password_not_even_the_superuser_on_loopback() {
        for (String user : new String[]{"postgres", RegistryRoles.OWNER, RegistryRoles.APPLICATION}) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(db.jdbcAddress());
            ds.setUser(user);
            assertThatThrownBy(() -> ds.getConnection().close()).as(user)
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            ds.setPassword("wrong");
            assertThatThrownBy(() -> ds.getConnection().close()).as(user)
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void the_generated_passwords_are_kept_readable_by_their_owner_only() throws Exception {
        assertThat(Files.getPosixFilePermissions(folder.resolve(DatabaseCredentials.FILE)))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(Files.readString(folder.resolve("pg/pg_hba.conf"))).doesNotContain("trust");
    }

    @Test
    void the_servers_role_cannot_erase_or_change_the_audit_nor_switch_its_triggers_off() throws SQLException {
        try (Connection owner = db.dataSource().getConnection(); Statement s = owner.createStatement()) {
            s.execute("insert into audit_event (actor, actor_role, channel, action, purpose, outcome) "
                    + "values ('consultant.test', 'consultant', 'ui', 'family-card', 'entitlement-check', 'granted')");
        }
        try (Connection c = db.applicationDataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from audit_event")).isPositive();
            s.execute("insert into audit_event (actor, actor_role, channel, action, purpose, outcome) "
                    + "values ('consultant.test', 'consultant', 'ui', 'family-card', 'entitlement-check', 'granted')");
            assertThatThrownBy(() -> s.execute("set session_replication_role = replica"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("delete from audit_event")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("update audit_event set actor = 'nobody'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("truncate audit_event")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("alter table audit_event disable trigger all"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> s.execute("drop table audit_event")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> s.execute("delete from flyway_schema_history"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("create table mine (x int)")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void the_servers_role_reads_and_writes_rows_of_the_registry_and_of_tables_created_later() throws SQLException {
        try (Connection c = db.applicationDataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from region")).isEqualTo(20);
            s.execute("insert into person (id, iin, birth_date, sex) values (77, '900101300011', '1990-01-01', 'M')");
            s.execute("delete from person where iin = '900101300011'");
        }
        try (Connection owner = db.dataSource().getConnection(); Statement s = owner.createStatement()) {
            s.execute("create table later_result (id bigint generated always as identity primary key, x int)");
        }
        try (Connection c = db.applicationDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into later_result (x) values (1)");
            assertThat(count(s, "select count(*) from later_result")).isOne();
        }
    }

    @Test
    void the_owner_is_no_superuser() throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(show(s, "is_superuser")).isEqualTo("off");
        }
    }

    static String show(Statement s, String setting) throws SQLException {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
