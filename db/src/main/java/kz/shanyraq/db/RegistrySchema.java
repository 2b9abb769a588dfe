package kz.shanyraq.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry's one schema history: every Flyway migration lives in this module ({@code db/migration}), and every
 * entry point (the server, generate, recompute, imports, load-events) opens a registry through {@link #migrate}, so
 * any command opens a registry made by any other.
 *
 * <ul>
 *   <li>A registry made by an older version is brought forward. Earlier versions applied only part of the history
 *   per entry point (a generated registry had V1–V5, V20, V21 without the server's V10–V18), so migrations are applied
 *   out of order where one is missing below the newest applied.</li>
 *   <li>A registry changed by a newer version (a migration this binary does not know) is refused with both versions
 *   named, before anything is written.</li>
 *   <li>After migrating, the application role's privileges are granted ({@link RegistryRoles#grant}).</li>
 * </ul>
 */
public final class RegistrySchema {

    static final String HISTORY_TABLE = "flyway_schema_history";

    private RegistrySchema() {
    }

    /** Migrates as the schema owner; returns what Flyway did. Refuses a registry newer than this version. */
    public static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = configure(dataSource, false);
        try {
            refuseUnknownChanges(flyway);
            List<MigrationInfo> below = Arrays.stream(flyway.info().all())
                    .filter(m -> m.getState() == MigrationState.IGNORED).toList();
            if (!below.isEmpty()) {
                // Only a registry made by an older version has gaps below its newest migration.
                System.err.println("registry: bringing forward a registry made by an older version of Shanyraq: "
                        + below.stream().map(m -> "V" + m.getVersion()).collect(Collectors.joining(", "))
                        + " applied below V" + flyway.info().current().getVersion());
                flyway = configure(dataSource, true);
            }
            MigrateResult result = flyway.migrate();
            try (Connection c = dataSource.getConnection()) {
                RegistryRoles.grant(c);
            }
            return result;
        } catch (FlywayException e) {
            throw new RegistrySchemaException("could not bring the registry to schema version " + knownVersion(flyway)
                    + ": " + firstLine(e.getMessage()), e);
        } catch (SQLException e) {
            throw new RegistrySchemaException("could not grant the server's role its privileges: " + e.getMessage(), e);
        }
    }

    /** The newest schema version this binary knows (Flyway reads what is applied too, so it needs the database). */
    public static String knownVersion(DataSource dataSource) {
        return knownVersion(configure(dataSource, false));
    }

    /** The schema version of the registry (the newest applied migration), or "none" for an empty database. */
    public static String appliedVersion(DataSource dataSource) {
        MigrationInfo current = configure(dataSource, false).info().current();
        return current == null || current.getVersion() == null ? "none" : current.getVersion().getVersion();
    }

    private static Flyway configure(DataSource dataSource, boolean outOfOrder) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                .outOfOrder(outOfOrder)
                .load();
    }

    private static void refuseUnknownChanges(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        List<MigrationInfo> unknown = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED
                        || m.getState() == MigrationState.MISSING_SUCCESS || m.getState() == MigrationState.MISSING_FAILED)
                .filter(m -> m.getVersion() != null)
                .toList();
        if (!unknown.isEmpty()) {
            MigrationInfo newest = unknown.stream().max(Comparator.comparing(MigrationInfo::getVersion)).orElseThrow();
            throw new RegistrySchemaException("the registry's schema is at version " + newest.getVersion()
                    + " (" + newest.getDescription() + "), which this Shanyraq does not know: it knows versions up to "
                    + knownVersion(flyway) + ". The registry was changed by a newer or different version of Shanyraq ("
                    + unknown.stream().map(m -> "V" + m.getVersion()).collect(Collectors.joining(", "))
                    + "); open it with that version or newer. Nothing was changed.");
        }
        List<MigrationInfo> failed = Arrays.stream(all).filter(m -> m.getState() == MigrationState.FAILED).toList();
        if (!failed.isEmpty()) {
            throw new RegistrySchemaException("a schema change failed earlier and was not undone: V"
                    + failed.get(0).getVersion() + " (" + failed.get(0).getDescription() + "); restore the registry "
                    + "from a backup. Nothing was changed.");
        }
    }

    private static String knownVersion(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse("none");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse(message);
    }
}
