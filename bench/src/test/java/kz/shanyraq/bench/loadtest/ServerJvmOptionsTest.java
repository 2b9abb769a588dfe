package kz.shanyraq.bench.loadtest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The load generator starts the server with the JVM options ./shanyraq up uses: one file, read by both. */
class ServerJvmOptionsTest {

    private static final Path OPTIONS = Path.of("..", "app", "src", "main", "resources", "shanyraq-server.jvm-options");

    @Test
    void the_load_generator_reads_the_servers_jvm_options_without_their_comments() throws Exception {
        assertThat(LoadEvents.jvmOptions(Files.readString(OPTIONS)))
                .containsExactly("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000")
                .allSatisfy(option -> assertThat(option).startsWith("-XX:"));
    }

    @Test
    void the_launcher_starts_the_server_with_the_same_file() throws Exception {
        String launcher = Files.readString(Path.of("..", "shanyraq"));
        assertThat(launcher).contains("app/src/main/resources/shanyraq-server.jvm-options");
    }
}
