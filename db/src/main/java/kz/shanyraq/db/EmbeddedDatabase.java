package kz.shanyraq.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default PostgreSQL: real PostgreSQL 17 binaries from Maven Central, run in-process by zonky, with its data
 * kept in {@code DIR/pg} so it survives restarts. As root, zonky starts PostgreSQL in a user namespace
 * ({@code unshare -U}) because PostgreSQL refuses to run as root.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on the data folder (created on first use), on a free port or the given one (0 = any).
     */
    public static EmbeddedDatabase start(Path dataFolder, int port) {
        Path pg = dataFolder.resolve("pg").toAbsolutePath();
        try {
            Files.createDirectories(pg);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pg)
                    .setCleanDataDirectory(false)
                    // Text compares byte by byte (the environment's C.UTF-8 already sorts by code point, through
                    // strcoll: 3–6 % of PostgreSQL's CPU under life-event load); letters' case rules stay the locale's.
                    .setLocaleConfig("lc-collate", "C")
                    // Sized for a 2-core, 24 GiB machine loading a whole country.
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .setServerConfig("maintenance_work_mem", "1GB")
                    .setServerConfig("work_mem", "64MB")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0");
            if (System.getenv("SHANYRAQ_PG_STATEMENTS") != null) {
                // For profiling (load-events prints the statements' times): costs a little on every statement.
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start(), pg);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + pg + ": " + e.getMessage(), e);
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
