package kz.shanyraq.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static kz.shanyraq.db.LockedDownDatabaseTest.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** After the Java process is killed, its PostgreSQL lives on; the next start must succeed the first time (issue 13.5). */
class OrphanedPostgresTest {

    @Test
    void the_first_start_after_a_killed_process_stops_the_orphaned_postgresql_and_keeps_every_commit(@TempDir Path data)
            throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldTheRegistry.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // zonky's start-up chatter
            }
            assertThat(line).as("the child process started its database").isEqualTo("READY");
            // While the first process lives, the folder is its own.
            assertThatThrownBy(() -> EmbeddedDatabase.start(data, 0)).hasMessageContaining("in use by another running");
            holder.destroyForcibly(); // SIGKILL: no shutdown hook stops PostgreSQL
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(OrphanedPostgres.runningPostmaster(data.resolve("pg"))).as("the orphan still runs").isPresent();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0, Durability.DURABLE);
             Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from kept")).isEqualTo(1000);
        }
    }

    /** A process that opens the registry, commits rows and then waits to be killed. */
    public static final class HoldTheRegistry {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0, Durability.DURABLE);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table kept (n int)");
                s.execute("insert into kept select generate_series(1, 1000)");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(List.of(10).get(0) * 60_000L);
        }
    }
}
