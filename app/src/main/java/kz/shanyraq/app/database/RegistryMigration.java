package kz.shanyraq.app.database;

import kz.shanyraq.db.RegistrySchema;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server opens the registry the way every command does: {@link RegistrySchema#migrate} (one schema history,
 * older registries brought forward, newer ones refused with both versions named, the server role's privileges
 * granted), on Flyway's DataSource: the schema owner for the embedded database, and for an external one the
 * {@code spring.flyway.user} when set, else the server's own user.
 */
@Configuration(proxyBeanMethods = false)
class RegistryMigration {

    @Bean
    FlywayMigrationStrategy registrySchema() {
        return flyway -> RegistrySchema.migrate(flyway.getConfiguration().getDataSource());
    }
}
