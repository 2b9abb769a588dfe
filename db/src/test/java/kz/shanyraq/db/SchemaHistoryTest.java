package kz.shanyraq.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static kz.shanyraq.db.LockedDownDatabaseTest.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One schema history that every command applies, forward from older registries, never backward (issue 23). */
class SchemaHistoryTest {

    /** What the previous release's {@code ./shanyraq generate} applied: the db module's part of the history only. */
    static final List<String> PREVIOUS_GENERATE = List.of("V1__registry.sql", "V2__registry_indexes.sql",
            "V3__ingest.sql", "V4__synthetic_country.sql", "V5__recompute.sql", "V20__recompute_transition_per_run.sql",
            "V21__family_snapshot.sql");

    @Test
    void a_registry_generated_by_the_previous_release_is_locked_down_and_migrated_forward_with_its_data(@TempDir Path data)
            throws Exception {
        previousReleaseGeneratedRegistry(data);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            assertThat(RegistrySchema.appliedVersion(db.dataSource())).isEqualTo("21");
            RegistrySchema.migrate(db.dataSource());
            assertThat(RegistrySchema.appliedVersion(db.dataSource())).isEqualTo(RegistrySchema.knownVersion(db.dataSource()));
            try (Connection c = db.applicationDataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(count(s, "select count(*) from person where iin = '900101300011'")).isOne();
                assertThat(count(s, "select count(*) from app_user")).isZero(); // V10, applied below V21
                assertThat(count(s, "select count(*) from pg_class where relnamespace = 'public'::regnamespace "
                        + "and relowner = 'postgres'::regrole")).isZero();
            }
            assertThat(Files.readString(data.resolve("pg/pg_hba.conf"))).doesNotContain("trust");
        }
        // and the next command opens it as it is
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            assertThat(RegistrySchema.migrate(db.dataSource()).migrationsExecuted).isZero();
        }
    }

    @Test
    void a_registry_changed_by_a_newer_version_is_refused_naming_both_versions_and_left_as_it_is(@TempDir Path data)
            throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            RegistrySchema.migrate(db.dataSource());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table from_the_future (x int)");
                s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, "
                        + "checksum, installed_by, execution_time, success) values (1000, '999', 'from the future', "
                        + "'SQL', 'V999__from_the_future.sql', 1, 'shanyraq_owner', 1, true)");
            }
            String known = RegistrySchema.knownVersion(db.dataSource());
            long history;
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                history = count(s, "select count(*) from flyway_schema_history");
            }
            assertThatThrownBy(() -> RegistrySchema.migrate(db.dataSource()))
                    .isInstanceOf(RegistrySchemaException.class)
                    .hasMessageContaining("schema is at version 999 (from the future)")
                    .hasMessageContaining("knows versions up to " + known)
                    .hasMessageNotContaining("Flyway").hasMessageNotContaining("repair");
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(count(s, "select count(*) from flyway_schema_history")).isEqualTo(history);
            }
        }
    }

    /** A registry as the previous release's generator left it: superuser, trusted local logins, part of the history. */
    static void previousReleaseGeneratedRegistry(Path data) throws Exception {
        Path scripts = Files.createDirectories(data.resolve("previous-release-migrations"));
        for (String script : PREVIOUS_GENERATE) {
            Files.copy(current(script), scripts.resolve(script));
        }
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg"))
                .setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("filesystem:" + scripts).load().migrate();
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into person (id, iin, birth_date, sex) values (1, '900101300011', '1990-01-01', 'M')");
            }
        }
        assertThat(Files.readString(data.resolve("pg/pg_hba.conf"))).contains("trust");
    }

    private static Path current(String script) throws URISyntaxException {
        return Path.of(SchemaHistoryTest.class.getResource("/db/migration/" + script).toURI());
    }
}
