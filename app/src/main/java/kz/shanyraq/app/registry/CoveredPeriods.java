package kz.shanyraq.app.registry;

import kz.shanyraq.app.database.ChangeAwareCache;
import kz.shanyraq.app.database.TableChanges;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import kz.shanyraq.ingest.coverage.RegistryCoverage;
import kz.shanyraq.law.coverage.Coverage;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The months each monthly source of the registry covers (incomes, social contributions), as the law reads them: every
 * evaluation of a registry family (family card, life events) takes its coverage from here, so that facts outside it
 * are unknown, not absent. Read fresh each time (a table of a few rows) so an import or an event is seen at once;
 * inside a transaction (a life event's) on that transaction's connection, so it sees what the event just widened and
 * takes no second connection from the pool.
 */
@Component
public class CoveredPeriods {

    private final DataSource dataSource;
    /** Outside a transaction the coverage is kept until {@code source_coverage} changes. */
    private final ChangeAwareCache<Boolean, Coverage> kept;

    public CoveredPeriods(DataSource dataSource, TableChanges changes) {
        this.dataSource = dataSource;
        this.kept = new ChangeAwareCache<>(changes, 1, "source_coverage");
    }

    public Coverage now() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? read() : kept.get(Boolean.TRUE, this::read);
    }

    private Coverage read() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return RegistryCoverage.read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry's coverage: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
