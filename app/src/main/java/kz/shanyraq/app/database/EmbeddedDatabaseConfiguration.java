package kz.shanyraq.app.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.db.RegistryRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;

/**
 * The default database: real PostgreSQL 17 started in-process on the data folder. The server's pool signs in as the
 * least-privilege role {@value RegistryRoles#APPLICATION}; migrations and the demo loader as the schema owner
 * {@value RegistryRoles#OWNER}. Off as soon as {@code spring.datasource.url} is set; Spring Boot then builds the pool
 * for the external database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DataFolderProperties properties) {
        long started = System.nanoTime();
        EmbeddedDatabase database = EmbeddedDatabase.start(properties.data(), properties.databasePort());
        log.info("Embedded PostgreSQL started in {} ms on port {}, data in {} ({})",
                (System.nanoTime() - started) / 1_000_000, database.port(), database.dataDirectory(),
                database.durability());
        return database;
    }

    /** The server's pool: a pool over the embedded server (zonky's own DataSource opens a backend per connection). */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("registry");
        config.setJdbcUrl(database.jdbcAddress());
        config.setUsername(RegistryRoles.APPLICATION);
        config.setPassword(database.applicationPassword());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** The schema owner, for migrations (Flyway) and for loading the demo population in bulk. */
    @Bean
    @FlywayDataSource
    @RegistryOwner
    DataSource registryOwnerDataSource(EmbeddedDatabase database) {
        return database.dataSource();
    }
}
