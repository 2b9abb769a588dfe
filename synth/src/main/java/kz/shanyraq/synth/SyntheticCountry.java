package kz.shanyraq.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.synth.country.CountryPlan;
import kz.shanyraq.synth.country.SyntheticCalendar;
import kz.shanyraq.synth.figures.SyntheticRegionalFigures;
import kz.shanyraq.synth.load.BulkLoader;
import kz.shanyraq.synth.load.LoadOptions;
import kz.shanyraq.synth.load.RegistryTable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The synthetic country: a whole population of persons and families with the facts state databases hold about
 * them, generated deterministically from a scale (1.0 ≈ 20 million persons in 6.3 million families) and a seed,
 * calibrated to public figures (docs/synthetic-country.md), and bulk-loaded into an empty registry.
 *
 * <p>The load is all or nothing: it runs in one transaction, so a failure (or a killed process) leaves the
 * registry as it was. The registry records which country it holds ({@code synthetic_load}); loading the same
 * scale and seed again does nothing, loading into a registry that holds anything else is refused.
 */
public final class SyntheticCountry {

    /** Changes whenever the same scale and seed would generate a different country. */
    public static final String GENERATOR_VERSION = "3";
    private static final long LOAD_LOCK = 0x5359_4E54_4845_5449L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticCountry() {
    }

    /** Migrates the schema and loads the country of this scale and seed into an empty registry. */
    public static LoadReport load(DataSource dataSource, double scale, long seed) {
        return load(dataSource, scale, seed, LoadOptions.defaults());
    }

    public static LoadReport load(DataSource dataSource, double scale, long seed, LoadOptions options) {
        long started = System.nanoTime();
        if (!(scale > 0) || scale > CountryPlan.MAX_SCALE) {
            throw new IllegalArgumentException("scale must be above 0 and at most " + CountryPlan.MAX_SCALE
                    + " (1.0 = the whole country, about 20 million persons), not " + scale);
        }
        RegistrySchema.migrate(dataSource);
        invalidateFamilySnapshot(dataSource);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("set local synchronous_commit = off");
                    s.execute("set local maintenance_work_mem = '2GB'");
                    s.execute("select pg_advisory_xact_lock(" + LOAD_LOCK + ")");
                }
                LoadReport existing = recorded(c);
                if (existing != null) {
                    c.rollback();
                    YearMonth history = recordedHistory(c);
                    if (existing.scale() == scale && existing.seed() == seed && history.equals(options.historyFrom())) {
                        return existing;
                    }
                    throw new LoadRefusedException("The registry already holds the synthetic country of scale "
                            + existing.scale() + " and seed " + existing.seed() + " with incomes from " + history
                            + " (loaded " + existing.generatedAt() + "); it is not replaced by scale " + scale
                            + " and seed " + seed + " with incomes from " + options.historyFrom()
                            + ". Load into an empty registry: a new data folder (--data) or an empty database.");
                }
                refuseUnlessEmpty(c);
                SyntheticRegionalFigures figures = SyntheticRegionalFigures.generate(seed);
                CountryPlan plan = CountryPlan.of(scale, seed, figures, options.historyFrom());
                BulkLoader.Result result = new BulkLoader(options).load(c, plan, figures);
                kz.shanyraq.synth.people.SyntheticNames.ensure(c);
                double seconds = (System.nanoTime() - started) / 1e9;
                Instant generatedAt = Instant.now();
                record(c, plan, result, seconds, generatedAt);
                c.commit();
                return new LoadReport(scale, seed, false, result.persons(), result.families(), result.rowsPerTable(),
                        (System.nanoTime() - started) / 1e9, generatedAt);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the synthetic country could not be loaded; nothing was written: "
                    + e.getMessage(), e);
        }
    }

    /** The synthetic country the registry holds, or null. */
    private static LoadReport recorded(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select scale, seed, persons, families,"
                + " rows_per_table::text, generated_at from synthetic_load")) {
            if (!rs.next()) {
                return null;
            }
            Map<String, Long> rows;
            try {
                rows = JSON.readValue(rs.getString(5), new TypeReference<LinkedHashMap<String, Long>>() { });
            } catch (JsonProcessingException e) {
                rows = Map.of();
            }
            return new LoadReport(rs.getDouble(1), rs.getLong(2), true, rs.getLong(3), rs.getLong(4), rows, 0,
                    rs.getTimestamp(6).toInstant());
        }
    }

    /** The first month with incomes of the country the registry holds (July 2026 for a load without the column's value). */
    private static YearMonth recordedHistory(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select history_from from synthetic_load")) {
            return rs.next() && rs.getDate(1) != null ? YearMonth.from(rs.getDate(1).toLocalDate())
                    : SyntheticCalendar.INCOME_MONTHS.get(0);
        }
    }

    private static void refuseUnlessEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from person")) {
                rs.next();
                long persons = rs.getLong(1);
                if (persons > 0) {
                    throw new LoadRefusedException("The registry is not empty: it holds " + persons + " persons that"
                            + " are not a synthetic country. The synthetic country is loaded only into an empty"
                            + " registry: use a new data folder (--data) or an empty database.");
                }
            }
            for (RegistryTable t : RegistryTable.values()) {
                try (ResultSet rs = s.executeQuery("select exists (select 1 from " + t.table + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new LoadRefusedException("The registry is not empty: table " + t.table + " has rows."
                                + " The synthetic country is loaded only into an empty registry.");
                    }
                }
            }
        }
    }

    private static void record(Connection c, CountryPlan plan, BulkLoader.Result result, double seconds,
                               Instant generatedAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into synthetic_load (id, scale, seed, generator_version,"
                + " reference_date, generated_at, persons, families, total_rows, rows_per_table, seconds, history_from)"
                + " values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
            s.setDouble(1, plan.scale());
            s.setLong(2, plan.seed());
            s.setString(3, GENERATOR_VERSION);
            s.setDate(4, Date.valueOf(SyntheticCalendar.REFERENCE_DATE));
            s.setTimestamp(5, Timestamp.from(generatedAt));
            s.setLong(6, result.persons());
            s.setLong(7, result.families());
            s.setLong(8, result.totalRows());
            try {
                s.setString(9, JSON.writeValueAsString(result.rowsPerTable()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            s.setBigDecimal(10, java.math.BigDecimal.valueOf(Math.round(seconds * 10) / 10.0));
            s.setDate(11, Date.valueOf(plan.historyFrom().atDay(1)));
            s.executeUpdate();
        }
    }

    /**
     * A bulk load makes the national recompute's family snapshot invalid in one statement (committed before the
     * load, so that the load's statements skip marking families one by one; the next run rebuilds the snapshot).
     */
    private static void invalidateFamilySnapshot(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update family_snapshot_state set complete = false where complete");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not invalidate the family snapshot: " + e.getMessage(), e);
        }
    }
}
