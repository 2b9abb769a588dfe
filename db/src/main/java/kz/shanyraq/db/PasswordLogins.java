package kz.shanyraq.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Client authentication of the embedded PostgreSQL: a password (scram-sha-256) for every login, on the local socket
 * and on loopback; nothing from elsewhere. A folder made by an older version trusted every local login: its
 * {@code pg_hba.conf} is rewritten and reloaded the first time it is opened.
 */
final class PasswordLogins {

    static final String RULES = """
            # Written by Shanyraq: password (scram-sha-256) logins only; local socket and loopback only.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PasswordLogins() {
    }

    static void enforce(Path pg, Statement superuser) throws SQLException {
        Path hba = pg.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba) && Files.readString(hba).equals(RULES)) {
                return;
            }
            Path partial = pg.resolve("pg_hba.conf.partial");
            Files.writeString(partial, RULES);
            Files.move(partial, hba, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + hba + ": " + e.getMessage(), e);
        }
        superuser.execute("select pg_reload_conf()");
    }
}
