package kz.shanyraq.app.registry;

import kz.shanyraq.ingest.coverage.RegistryCoverage;
import kz.shanyraq.law.coverage.Coverage;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/**
 * The months each monthly source of the registry covers (incomes, social contributions), as the law reads them: every
 * evaluation of a registry family (family card, life events) takes its coverage from here, so that facts outside it
 * are unknown, not absent. Read fresh each time (a table of a few rows) so an import or an event is seen at once.
 */
@Component
public class CoveredPeriods {

    private final DataSource dataSource;

    public CoveredPeriods(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Coverage now() {
        return RegistryCoverage.read(dataSource);
    }
}
