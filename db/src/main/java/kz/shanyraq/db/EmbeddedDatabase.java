package kz.shanyraq.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The default PostgreSQL: real PostgreSQL 17 binaries from Maven Central, run by zonky, with its data kept in
 * {@code DIR/pg} so it survives restarts. As root, zonky starts PostgreSQL in a user namespace ({@code unshare -U})
 * because PostgreSQL refuses to run as root.
 *
 * <p>Locked down and durable by default (docs/server.md, "Security and durability"):
 * <ul>
 *   <li>password logins only (scram-sha-256, local socket and loopback alike); the passwords are drawn on first use
 *   and kept in {@code DIR/database.credentials} (owner-only). A folder made by an older version, which trusted every
 *   local login, is locked down the first time it is opened;</li>
 *   <li>three roles: the superuser (only to create the others), {@value RegistryRoles#OWNER} which owns the schema
 *   and runs migrations and the command-line tools ({@link #dataSource()}), and {@value RegistryRoles#APPLICATION},
 *   the server's role, which may read and write rows but owns nothing, cannot disable triggers and cannot change the
 *   audit ({@link #applicationDataSource()});</li>
 *   <li>commits acknowledged only once flushed ({@link Durability#DURABLE}), unless a test suite asked otherwise;</li>
 *   <li>a PostgreSQL left running by a crashed process on this folder is stopped before the new start
 *   ({@link OrphanedPostgres}).</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "postgres";
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final DatabaseCredentials credentials;
    private final Durability durability;
    private HikariDataSource ownerPool;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, DatabaseCredentials credentials,
                             Durability durability) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.credentials = credentials;
        this.durability = durability;
    }

    /**
     * Starts PostgreSQL on the data folder (created on first use), on a free port or the given one (0 = any),
     * durable unless the test property {@value Durability#TEST_PROPERTY} is set.
     */
    public static EmbeddedDatabase start(Path dataFolder, int port) {
        return start(dataFolder, port, Durability.fromEnvironment());
    }

    public static EmbeddedDatabase start(Path dataFolder, int port, Durability durability) {
        Path folder = dataFolder.toAbsolutePath();
        Path pg = folder.resolve("pg");
        try {
            Files.createDirectories(pg);
            OrphanedPostgres.stopIfAny(pg);
            boolean fresh = !Files.exists(pg.resolve("postgresql.conf"));
            DatabaseCredentials credentials = DatabaseCredentials.read(folder);
            boolean legacy = credentials == null && !fresh;
            if (credentials == null) {
                credentials = DatabaseCredentials.generate();
                credentials.write(folder);
            }
            Path passwordFile = null;
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pg)
                    .setCleanDataDirectory(false)
                    // Text compares byte by byte (the environment's C.UTF-8 already sorts by code point, through
                    // strcoll: 3–6 % of PostgreSQL's CPU under life-event load); letters' case rules stay the locale's.
                    .setLocaleConfig("lc-collate", "C")
                    // zonky's readiness check and our own superuser connections sign in with the password.
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setServerConfig("fsync", durability.fsync)
                    .setServerConfig("synchronous_commit", durability.synchronousCommit)
                    .setServerConfig("full_page_writes", "on")
                    // Group commit: concurrent commits share one WAL flush.
                    .setServerConfig("commit_delay", durability == Durability.DURABLE ? "200" : "0")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("listen_addresses", "localhost")
                    // Sized for a 2-core, 24 GiB machine loading a whole country.
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("checkpoint_timeout", "30min")
                    .setServerConfig("maintenance_work_mem", "1GB")
                    .setServerConfig("work_mem", "64MB")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("wal_level", "minimal")
                    .setServerConfig("max_wal_senders", "0");
            if (fresh) {
                // initdb sets the superuser's password and password-only logins from the first moment.
                passwordFile = Files.createTempFile(folder, "initdb-", ".pw",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(passwordFile, credentials.superuserPassword());
                builder.setLocaleConfig("pwfile", passwordFile.toString())
                        .setLocaleConfig("auth-local", "scram-sha-256")
                        .setLocaleConfig("auth-host", "scram-sha-256");
            }
            if (System.getenv("SHANYRAQ_PG_STATEMENTS") != null) {
                // For profiling (load-events prints the statements' times): costs a little on every statement.
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } finally {
                if (passwordFile != null) {
                    Files.deleteIfExists(passwordFile);
                }
            }
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, pg, credentials, durability);
            try {
                database.lockDown(legacy);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + pg + ": " + e.getMessage(), e);
        }
    }

    /** Roles, passwords and password-only logins; idempotent, so every start checks them. */
    private void lockDown(boolean legacy) {
        try (Connection c = superuserDataSource().getConnection(); Statement s = c.createStatement()) {
            if (legacy) {
                s.execute("alter role " + SUPERUSER + " password " + literal(credentials.superuserPassword()));
            }
            RegistryRoles.ensure(s, credentials);
            PasswordLogins.enforce(dataDirectory, s);
            if (System.getenv("SHANYRAQ_PG_STATEMENTS") != null) {
                // Profiling only: the owner (load-events) may reset and read every role's statements.
                s.execute("create extension if not exists pg_stat_statements");
                s.execute("grant execute on function pg_stat_statements_reset to " + RegistryRoles.OWNER);
                s.execute("grant pg_read_all_stats to " + RegistryRoles.OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock down the embedded PostgreSQL in " + dataDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * The schema owner: migrations, the command-line tools (generate, recompute, imports) and tests. Pooled: every
     * login is a scram-sha-256 exchange, too slow to repeat for each statement of a tool or a test.
     */
    public synchronized DataSource dataSource() {
        if (ownerPool == null) {
            HikariConfig config = new HikariConfig();
            config.setPoolName("registry-owner");
            config.setDataSource(dataSource(RegistryRoles.OWNER, credentials.ownerPassword()));
            config.setMaximumPoolSize(24);
            config.setMinimumIdle(0);
            ownerPool = new HikariDataSource(config);
        }
        return ownerPool;
    }

    /** The server's least-privilege role: rows only, no DDL, no trigger switching, the audit append-only. */
    public DataSource applicationDataSource() {
        return dataSource(RegistryRoles.APPLICATION, credentials.applicationPassword());
    }

    DataSource superuserDataSource() {
        return dataSource(SUPERUSER, credentials.superuserPassword());
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[]{"localhost"});
        ds.setPortNumbers(new int[]{postgres.getPort()});
        ds.setDatabaseName(DATABASE);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** The JDBC address without credentials. */
    public String jdbcAddress() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The JDBC address signed in as the schema owner (for a child process given one database URL). */
    public String jdbcUrl() {
        return jdbcAddress() + "?user=" + RegistryRoles.OWNER + "&password=" + credentials.ownerPassword();
    }

    public String applicationPassword() {
        return credentials.applicationPassword();
    }

    public String ownerPassword() {
        return credentials.ownerPassword();
    }

    public Durability durability() {
        return durability;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (ownerPool != null) {
                ownerPool.close();
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
