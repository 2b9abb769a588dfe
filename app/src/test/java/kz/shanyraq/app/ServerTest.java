package kz.shanyraq.app;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The whole server as {@code ./shanyraq up} starts it in the demo profile: embedded PostgreSQL in a fresh data
 * folder, migrations, demo users and demo population, on a random port. Every test class extending this shares
 * one Spring context and one database (Spring's context cache), so the server starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public abstract class ServerTest {

    /** A fresh data folder under target/ for this run (cleaned by {@code mvn clean}, kept for post-mortems). */
    protected static final Path DATA = Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("shanyraq.data", DATA::toString);
        // The hand-written families have known ids and facts the tests rely on; `up` uses the synthetic country.
        registry.add("shanyraq.demo.population", () -> "hand-written");
        // The recompute tests make their own runs (PublishedRun); the demo's first run would change their history.
        registry.add("shanyraq.demo.recompute", () -> "false");
    }

    @Autowired
    protected JdbcClient jdbc;

    /** The IIN of a registry person, by id. */
    protected String iinOf(long personId) {
        return jdbc.sql("select iin from person where id = :id").param("id", personId).query(String.class).single();
    }

    protected long auditRows() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
