package kz.shanyraq.spark;

import kz.shanyraq.recompute.run.DistributedEngines;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A task's own connection to the registry (a data source does not travel to executors; its address does). */
final class Connections {

    private Connections() {
    }

    static Connection open(DistributedEngines.Registry registry) throws SQLException {
        Properties props = new Properties();
        if (registry.user() != null) {
            props.setProperty("user", registry.user());
        }
        if (registry.password() != null) {
            props.setProperty("password", registry.password());
        }
        return DriverManager.getConnection(registry.jdbcUrl(), props);
    }
}
