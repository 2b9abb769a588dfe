package kz.shanyraq.recompute.cli;

import kz.shanyraq.db.EmbeddedDatabase;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;

/** The registry a labour command works on: the embedded one in a data folder, or an external PostgreSQL. */
final class LabourDatabase implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final DataSource dataSource;

    private LabourDatabase(EmbeddedDatabase embedded, DataSource dataSource) {
        this.embedded = embedded;
        this.dataSource = dataSource;
    }

    static LabourDatabase open(CommandLine cl, Path data, String database, String user, String password) {
        if (data != null && database != null) {
            throw new CommandLine.ParameterException(cl, "give --data or --database, not both");
        }
        if (database != null) {
            if (!database.startsWith("jdbc:postgresql:")) {
                throw new CommandLine.ParameterException(cl,
                        "--database must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
            }
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(database);
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            System.err.println("registry: " + database.replaceAll("\\?.*$", "")); // never the password
            return new LabourDatabase(null, ds);
        }
        Path dir = data == null ? Path.of("data") : data;
        if (!Files.isDirectory(dir.resolve("pg"))) {
            throw new CommandLine.ParameterException(cl, "--data: no registry in " + dir.toAbsolutePath()
                    + " (expected " + dir.resolve("pg") + "); load one with ./shanyraq generate (--only-enterprises"
                    + " for the labour side alone) or ./shanyraq up");
        }
        System.err.println("registry: embedded PostgreSQL in " + dir.toAbsolutePath().resolve("pg"));
        EmbeddedDatabase db = RecomputeCommand.startEmbedded(dir);
        return new LabourDatabase(db, db.dataSource());
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
