package kz.shanyraq.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Incomes stored by person and year (V103) read and written as the months of the table {@code income} were. */
class IncomeStorageTest {

    private static final String ROWS = "select person_id, month, type, source, amount from income order by 1, 2, 3, 4";

    @Test
    void a_registry_with_incomes_in_months_opens_with_the_same_incomes_stored_by_year(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration")
                    .table(RegistrySchema.HISTORY_TABLE).target("72").load().migrate();
            List<String> before;
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        insert into income (person_id, month, type, source, amount) values
                            (1, '2024-12-01', 'wage', 'tax', 300000), (1, '2025-01-01', 'wage', 'tax', 310000),
                            (1, '2025-01-01', 'wage', 'esutd', 310000), (1, '2025-02-01', 'pension', 'gcvp', 0),
                            (2, '2025-07-01', 'alimony', 'courts', 45000)""");
                before = rows(s);
            }
            RegistrySchema.migrate(db.dataSource());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThat(rows(s)).isEqualTo(before);
                assertThat(count(s, "select count(*) from income_year")).as("person, year, type and source").isEqualTo(5);
            }
        }
    }

    @Test
    void a_month_written_replaces_that_month_only_and_a_deleted_month_leaves_the_others(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            RegistrySchema.migrate(db.dataSource());
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into income (person_id, month, type, source, amount) values (7, '2025-03-01', 'wage', 'tax', 100),"
                        + " (7, '2025-04-01', 'wage', 'tax', 100), (7, '2026-01-01', 'wage', 'tax', 120)");
                assertThat(s.executeUpdate("insert into income (person_id, month, type, source, amount)"
                        + " values (7, '2025-04-01', 'wage', 'tax', 100)")).as("the same amount again changes nothing").isZero();
                assertThat(s.executeUpdate("insert into income (person_id, month, type, source, amount)"
                        + " values (7, '2025-04-01', 'wage', 'tax', 105)")).as("a corrected amount").isOne();
                assertThat(s.executeUpdate("delete from income where person_id = 7 and month = '2025-03-01'")).isOne();

                assertThat(rows(s)).containsExactly("7 2025-04-01 wage tax 105", "7 2026-01-01 wage tax 120");
                s.execute("delete from income where month >= '2025-04-01'");
                assertThat(count(s, "select count(*) from income_year")).as("years without a month are removed").isZero();
                assertThatThrownBy(() -> s.execute("insert into income (person_id, month, type, source, amount)"
                        + " values (7, '2025-05-15', 'wage', 'tax', 1)")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("first day of a month");
            }
        }
    }

    private static List<String> rows(Statement s) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(ROWS)) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
                        + rs.getLong(5));
            }
        }
        return rows;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
