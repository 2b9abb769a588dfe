package kz.shanyraq.app.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the embedded database keeps its files ({@code DIR/pg}); the same folder {@code ./shanyraq up --data DIR}
 * and {@code ./shanyraq generate --data DIR} use.
 *
 * @param data the data folder (property {@code shanyraq.data}, default {@code ./data})
 * @param databasePort port of the embedded PostgreSQL; 0 = any free port
 */
@ConfigurationProperties(prefix = "shanyraq")
public record DataFolderProperties(Path data, Integer databasePort) {

    public DataFolderProperties {
        data = data == null ? Path.of("data") : data;
        databasePort = databasePort == null ? 0 : databasePort;
    }
}
