package kz.shanyraq.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Brings a database to the current registry schema (Flyway migrations in {@code db/migration}). */
public final class RegistrySchema {

    private RegistrySchema() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
