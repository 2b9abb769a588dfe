package kz.shanyraq.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistrySchemaTest {

    @Test
    void the_registry_schema_migrates_on_real_postgresql_and_survives_a_restart(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            assertThat(RegistrySchema.migrate(db.dataSource()).migrationsExecuted).isGreaterThanOrEqualTo(2);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(count(s, "select count(*) from region")).isEqualTo(20);
                s.execute("insert into person (id, iin, birth_date, sex) values (1, '900101300011', '1990-01-01', 'M')");
            }
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            assertThat(RegistrySchema.migrate(db.dataSource()).migrationsExecuted).isZero();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(count(s, "select count(*) from person")).isEqualTo(1);
                assertThatThrownBy(() -> s.execute(
                        "insert into income (person_id, month, type, source, amount) values (1, '2025-01-01', 'wage', 'test', -5)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("negative amount")
                        .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23514"); // check_violation
            }
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
