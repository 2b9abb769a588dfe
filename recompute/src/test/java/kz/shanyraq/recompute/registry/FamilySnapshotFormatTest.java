package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.recompute.TestRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A snapshot written in another format (an older one left by the previous release, or a later one after a
 * downgrade) is never read as this format: no run reads it, the decoder refuses its rows naming the format, and the
 * next refresh rebuilds every row in this format.
 */
class FamilySnapshotFormatTest {

    @ParameterizedTest(name = "format {0}")
    @ValueSource(ints = {1, 3})
    @DisplayName("a snapshot of another format is refused by the decoder and rebuilt whole by the next refresh")
    void aSnapshotOfAnotherFormatIsRebuiltNotMisread(int format) throws Exception {
        DataSource ds = TestRegistry.dataSource();
        FamilySnapshot.refresh(ds);
        long families = count(ds, "select count(*) from family");
        assertThat(count(ds, "select count(*) from family_snapshot where get_byte(facts, 0) = "
                + FamilyFacts.VERSION)).as("rows of this format").isEqualTo(families);

        // What the previous release leaves: its rows (their version first) and its format in the state.
        execute(ds, "update family_snapshot set facts = set_byte(facts, 0, " + format + ")",
                "update family_snapshot_state set format = " + format);

        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            assertThat(FamilySnapshot.usable(c)).as("a run reads the snapshot").isFalse();
            c.rollback();
        }
        long id;
        byte[] row;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select family_id, facts from family_snapshot order by 1 limit 1")) {
            rs.next();
            id = rs.getLong(1);
            row = rs.getBytes(2);
        }
        FamilyFactsDecoder decoder = new FamilyFactsDecoder(TestRegistry.ON, RegistrySnapshot.LAW_INCOME_MONTHS)
                .into(new PopulationBuilder());
        assertThatThrownBy(() -> decoder.feed(id, row, 0, row.length))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("family " + id + ": snapshot format " + format + ", expected "
                        + FamilyFacts.VERSION);

        FamilySnapshot.Refresh refresh = FamilySnapshot.refresh(ds);
        assertThat(refresh.full()).as("rebuilt whole").isTrue();
        assertThat(refresh.families()).isEqualTo(families);
        assertThat(count(ds, "select count(*) from family_snapshot_state where complete and format = "
                + FamilyFacts.VERSION)).isEqualTo(1);
        assertThat(count(ds, "select count(*) from family_snapshot where get_byte(facts, 0) <> "
                + FamilyFacts.VERSION)).as("rows left in format " + format).isZero();
        assertThat(FamilySnapshotTest.assertSameAsSlowPath(ds, TestRegistry.ON)).isEqualTo(families);
    }

    private static void execute(DataSource ds, String... statements) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : List.of(statements)) {
                s.execute(sql);
            }
        }
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
