package kz.shanyraq.app.entitlements;

import kz.shanyraq.app.database.ChangeAwareCache;
import kz.shanyraq.app.database.TableChanges;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.recompute.registry.RegistryLaw;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The law as the server applies it: the shipped parameters plus the regional figures held in the registry — the
 * median per-capita income computed from the Digital Family Map and official figures an operator loaded (kept as
 * "operator" provenance, which takes precedence over computed ones), and a synthetic country's figures. The book is
 * the national recompute's ({@link RegistryLaw}), so a card and a run read the same law; rebuilt only when the
 * figures change.
 */
@Component
public class RegistryRegionalFigures {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile Cached cached;

    private record Cached(String version, ParameterBook book) {
    }

    /** The figures' version, kept until one of their tables changes. */
    private final ChangeAwareCache<Boolean, String> versions;

    public RegistryRegionalFigures(DataSource dataSource, TableChanges changes) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.versions = new ChangeAwareCache<>(changes, 1, "regional_figure", "synthetic_regional_figure");
    }

    /** The parameter book with the registry's regional figures. */
    public ParameterBook book() {
        Cached c = cached;
        // Inside a transaction (which may have just changed them) the figures are read on its connection.
        String version = TransactionSynchronizationManager.isActualTransactionActive() ? version()
                : versions.get(Boolean.TRUE, this::version);
        if (c == null || !c.version().equals(version)) {
            // One reader builds it (reading every parameter file takes a while); the others wait for that book
            // instead of each building their own while holding a connection (at a cold start under load they
            // took the whole pool).
            synchronized (this) {
                c = cached;
                if (c == null || !c.version().equals(version)) {
                    c = new Cached(version, build());
                    cached = c;
                }
            }
        }
        return c.book();
    }

    private String version() {
        return jdbc.sql("select count(*) || '/' || coalesce(max(computed_at)::text, '') || '/' "
                + "|| (select count(*) from synthetic_regional_figure) from regional_figure "
                + "where provenance in ('official', 'computed')").query(String.class).single();
    }

    private ParameterBook build() {
        // The caller's connection when it reads in a transaction (a card read): never a second one from the pool.
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return RegistryLaw.read(c).book();
        } catch (SQLException e) {
            throw new IllegalStateException("the registry's regional figures cannot be read: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
