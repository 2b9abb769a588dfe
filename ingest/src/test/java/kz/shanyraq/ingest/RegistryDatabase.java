package kz.shanyraq.ingest;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.db.RegistrySchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real embedded PostgreSQL with the registry schema, started once per test class; every test starts from an
 * empty registry (the 20 regions stay).
 */
public abstract class RegistryDatabase {

    /** Every table an import may write to. */
    public static final List<String> TABLES = List.of("district", "person", "person_status", "family", "family_key",
            "family_member", "family_address", "person_relation", "income_year", "social_contribution", "insurance_participation",
            "employment_contract", "unemployment_registration", "disability", "study", "long_illness", "care_duty", "award",
            "maternity_leave", "real_estate", "vehicle", "land_plot", "livestock", "loan", "resettlement", "breadwinner_loss",
            "person_name", "person_contact",
            "import_batch", "regional_figure");

    /** "Today" for the tests: 15 January 2026. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneId.of("Asia/Almaty"));

    @TempDir
    static java.nio.file.Path dataFolder;
    static EmbeddedDatabase database;
    protected static DataSource dataSource;

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedDatabase.start(dataFolder, 0);
        RegistrySchema.migrate(database.dataSource());
        dataSource = database.dataSource();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyRegistry() throws SQLException {
        // cascade: app_user (V10, now in the same schema history) refers to district
        execute("truncate source_coverage, " + String.join(", ", TABLES) + " cascade");
        for (String seq : List.of("registry_person_id_seq", "registry_family_id_seq", "registry_fact_id_seq")) {
            execute("alter sequence " + seq + " restart");
        }
    }

    protected Importer importer() {
        return new Importer(dataSource, "test-operator", TODAY);
    }

    protected static void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    protected static long count(String sqlOrTable) {
        String sql = sqlOrTable.contains(" ") ? sqlOrTable : "select count(*) from " + sqlOrTable;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> column(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts of every table an import may write to: equal before and after = nothing written. */
    protected static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : TABLES) {
            counts.put(t, count(t));
        }
        return counts;
    }

    /** The registry's content, table by table, each row as JSON, sorted (import bookkeeping left out). */
    protected static Map<String, List<String>> registryContent() {
        Map<String, List<String>> content = new LinkedHashMap<>();
        for (String t : TABLES) {
            if (!t.equals("import_batch")) {
                content.put(t, column("select row_to_json(t)::text from " + t + " t order by 1"));
            }
        }
        return content;
    }

    protected static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    protected static InputStream sample(SourceKind kind, Format format) {
        return sample(kind.code() + "." + format.code());
    }

    protected static InputStream sample(String file) {
        InputStream in = RegistryDatabase.class.getResourceAsStream("/samples/" + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no sample " + file));
        }
        return in;
    }

    /** Imports the sample of every kind, in load order, as CSV or JSON. */
    protected void importAllSamples(Format format) {
        for (SourceKind kind : SourceKind.values()) {
            importer().importBatch(kind, "sample-" + kind.code() + "-" + format.code(), format, sample(kind, format));
        }
    }
}
