package kz.shanyraq.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded registry's passwords, drawn once when the data folder is first opened and kept beside it in
 * {@code DIR/database.credentials}, readable by its owner only. Three roles: the PostgreSQL superuser (used only to
 * create the other two), the schema owner (migrations and the command-line tools) and the server's least-privilege
 * role.
 */
public record DatabaseCredentials(String superuserPassword, String ownerPassword, String applicationPassword) {

    public static final String FILE = "database.credentials";

    public DatabaseCredentials {
        if (superuserPassword == null || ownerPassword == null || applicationPassword == null) {
            throw new IllegalArgumentException("a password is missing in " + FILE);
        }
    }

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(password(), password(), password());
    }

    private static String password() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The folder's credentials, or null when it has none yet (a new folder, or one made by an older version). */
    public static DatabaseCredentials read(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
        return new DatabaseCredentials(p.getProperty("superuser.password"), p.getProperty("owner.password"),
                p.getProperty("application.password"));
    }

    /** Written before PostgreSQL learns the passwords, with owner-only permissions from its creation. */
    void write(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        Path partial = dataFolder.resolve(FILE + ".partial");
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties p = new Properties();
            p.setProperty("superuser.password", superuserPassword);
            p.setProperty("owner.password", ownerPassword);
            p.setProperty("application.password", applicationPassword);
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                p.store(out, "Shanyraq embedded PostgreSQL: generated passwords. Keep private (owner-only).");
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[passwords hidden]";
    }
}
