package kz.shanyraq.app.security;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.shanyraq.app.ShanyraqApplication;
import kz.shanyraq.db.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Production: an external PostgreSQL given by {@code spring.datasource.url} (here PostgreSQL servers started by the
 * test, standing in for the ministry's server) and the {@code prod} profile, which refuses demo users, known default
 * passwords and a database that does not make commits durable; it listens on 127.0.0.1 and hides the API description.
 */
class ProductionProfileTest {

    @TempDir
    static Path folder;

    /** A durable server: fsync and synchronous commit on, as production requires. */
    static EmbeddedPostgres durable;
    /** A fast, unsafe server: what tests may use, never production. */
    static EmbeddedPostgres unsafe;
    static JdbcClient jdbc;

    @BeforeAll
    static void externalDatabases() throws IOException {
        durable = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("durable")).setCleanDataDirectory(true)
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").start();
        unsafe = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("unsafe")).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
        jdbc = JdbcClient.create(durable.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        durable.close();
        unsafe.close();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres database, String... profiles) {
        return new SpringApplicationBuilder(ShanyraqApplication.class)
                .profiles(profiles)
                .properties("spring.datasource.url=" + database.getJdbcUrl(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.DATABASE),
                        "server.port=0", "shanyraq.data=" + folder.resolve("unused"))
                .run();
    }

    @Test
    void productionRefusesToStartWhileADemoUserExists() {
        try (ConfigurableApplicationContext ignored = start(durable, "prod")) {
            // the schema is there now
        }
        jdbc.sql("""
                insert into app_user (username, password_hash, role, demo)
                values ('analyst.demo', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuKjv3r6Yb0hVb6Oi7s3Z8H4N8pLq2xK6', 'analyst', true)
                """).update();
        try {
            assertThatThrownBy(() -> start(durable, "prod"))
                    .hasStackTraceContaining("Refusing to start in production")
                    .hasStackTraceContaining("demo user");
        } finally {
            jdbc.sql("delete from app_user where demo").update();
        }
    }

    @Test
    void productionRefusesAnAccountWhosePasswordIsTheDemoPasswordEvenWithoutTheDemoFlag() {
        try (ConfigurableApplicationContext ignored = start(durable, "prod")) {
            // the schema is there now
        }
        jdbc.sql("insert into app_user (username, password_hash, role) values ('admin.ministry', :hash, 'admin')")
                .param("hash", PasswordEncoderFactories.createDelegatingPasswordEncoder()
                        .encode(KnownDefaultPasswords.DEMO))
                .update();
        try {
            assertThatThrownBy(() -> start(durable, "prod"))
                    .hasStackTraceContaining("Refusing to start in production")
                    .hasStackTraceContaining("admin.ministry have a known default password");
        } finally {
            jdbc.sql("delete from app_user where username = 'admin.ministry'").update();
        }
    }

    @Test
    void productionRefusesADatabaseWithFsyncOrSynchronousCommitOff() {
        assertThatThrownBy(() -> start(unsafe, "prod"))
                .hasStackTraceContaining("Refusing to start in production")
                .hasStackTraceContaining("fsync = off")
                .hasStackTraceContaining("synchronous_commit = off");
    }

    @Test
    void productionRefusesTheDemoProfile() {
        assertThatThrownBy(() -> start(durable, "prod", "demo")).hasStackTraceContaining("'prod' and 'demo' profiles");
    }

    @Test
    void productionStartsOnTheExternalDatabaseListensOnlyLocallyAndHidesTheApiDescription() throws Exception {
        try (ConfigurableApplicationContext context = start(durable, "prod")) {
            DataSource ds = context.getBean(DataSource.class);
            assertThat(ds).isInstanceOf(HikariDataSource.class);
            assertThat(((HikariDataSource) ds).getJdbcUrl())
                    .isEqualTo(durable.getJdbcUrl(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.DATABASE));
            assertThat(context.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
            assertThat(folder.resolve("unused")).doesNotExist();
            assertThat(JdbcClient.create(ds).sql("select count(*) from app_user where demo").query(Long.class)
                    .single()).isZero();

            assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            for (String hidden : new String[]{"/v3/api-docs", "/swagger-ui.html"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + hidden))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(hidden).isIn(302, 404);
                assertThat(r.body()).as(hidden).doesNotContain("openapi");
            }
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }
}
