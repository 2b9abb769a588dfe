package kz.shanyraq.app.database;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest extends ServerTest {

    @Autowired
    EmbeddedDatabase embedded;

    @Test
    void withoutAnExternalUrlTheEmbeddedPostgresRunsInTheDataFolder() {
        assertThat(embedded.dataDirectory()).isEqualTo(DATA.resolve("pg"));
        assertThat(Files.exists(DATA.resolve("pg").resolve("PG_VERSION"))).isTrue();
        assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
    }

    @Test
    void registryAndApplicationMigrationsAreAllApplied() {
        assertThat(jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list()).containsSubsequence("1", "2", "10", "11");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Long.class)
                .single()).isZero();
    }

    @Test
    void theServersRoleCannotChangeOrEraseTheAuditTrailNorSwitchItsTriggersOff() {
        jdbc.sql("""
                insert into audit_event (actor, actor_role, channel, action, purpose, outcome)
                values ('test', 'admin', 'api', 'person-lookup', 'data-quality', 'denied')
                """).update();
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("shanyraq_app");
        for (String attack : new String[]{"update audit_event set outcome = 'granted'", "delete from audit_event",
                "truncate audit_event", "set session_replication_role = replica",
                "alter table audit_event disable trigger audit_event_append_only"}) {
            assertThatThrownBy(() -> jdbc.sql(attack).update()).as(attack)
                    .isInstanceOf(DataAccessException.class).rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
    }

    @Test
    void evenTheSchemaOwnerMeetsTheAppendOnlyTriggers() {
        var owner = org.springframework.jdbc.core.simple.JdbcClient.create(embedded.dataSource());
        owner.sql("""
                insert into audit_event (actor, actor_role, channel, action, purpose, outcome)
                values ('test', 'admin', 'api', 'person-lookup', 'data-quality', 'denied')
                """).update();
        assertThatThrownBy(() -> owner.sql("update audit_event set outcome = 'granted'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void passwordsAreStoredAsDelegatingBcryptHashes() {
        assertThat(jdbc.sql("select password_hash from app_user").query(String.class).list())
                .isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("{bcrypt}$2"));
    }
}
