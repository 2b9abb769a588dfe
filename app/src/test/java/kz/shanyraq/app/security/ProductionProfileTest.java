package kz.shanyraq.app.security;

import com.zaxxer.hikari.HikariDataSource;
import kz.shanyraq.app.ShanyraqApplication;
import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.db.RegistrySchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Production: an external PostgreSQL given by {@code spring.datasource.url} (here a second PostgreSQL started by the
 * test, standing in for the ministry's server) and the {@code prod} profile, which refuses demo users.
 */
class ProductionProfileTest {

    @TempDir
    static Path folder;

    static EmbeddedDatabase external;
    static JdbcClient jdbc;

    @BeforeAll
    static void externalDatabase() {
        external = EmbeddedDatabase.start(folder, 0);
        RegistrySchema.migrate(external.dataSource());
        jdbc = JdbcClient.create(external.dataSource());
    }

    @AfterAll
    static void stop() {
        external.close();
    }

    private static ConfigurableApplicationContext start(String... profiles) {
        return new SpringApplicationBuilder(ShanyraqApplication.class)
                .profiles(profiles)
                .properties("spring.datasource.url=" + external.jdbcUrl(), "server.port=0",
                        "shanyraq.data=" + folder.resolve("unused"))
                .run();
    }

    @Test
    void productionRefusesToStartWhileADemoUserExists() {
        jdbc.sql("""
                insert into app_user (username, password_hash, role, demo)
                values ('analyst.demo', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuKjv3r6Yb0hVb6Oi7s3Z8H4N8pLq2xK6', 'analyst', true)
                """).update();
        try {
            assertThatThrownBy(() -> start("prod"))
                    .hasStackTraceContaining("Refusing to start in production")
                    .hasStackTraceContaining("demo user");
        } finally {
            jdbc.sql("delete from app_user where demo").update();
        }
    }

    @Test
    void productionRefusesTheDemoProfile() {
        assertThatThrownBy(() -> start("prod", "demo")).hasStackTraceContaining("'prod' and 'demo' profiles");
    }

    @Test
    void productionStartsOnTheExternalDatabaseWithoutAnEmbeddedOne() {
        try (ConfigurableApplicationContext context = start("prod")) {
            DataSource ds = context.getBean(DataSource.class);
            assertThat(ds).isInstanceOf(HikariDataSource.class);
            assertThat(((HikariDataSource) ds).getJdbcUrl()).isEqualTo(external.jdbcUrl());
            assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
            assertThat(folder.resolve("unused")).doesNotExist();
            assertThat(JdbcClient.create(ds).sql("select count(*) from app_user where demo").query(Long.class)
                    .single()).isZero();
        }
    }
}
