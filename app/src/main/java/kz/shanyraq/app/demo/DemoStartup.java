package kz.shanyraq.app.demo;

import kz.shanyraq.app.database.RegistryOwner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/** With the demo profile: demo users and the demo population, before the server reports it is ready. */
@Component
@Profile("demo")
@Order(10)
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoUsers users;
    private final DemoPopulation population;
    private final DataSource dataSource;
    private final java.time.Clock clock;
    private final boolean recomputeFirst;
    /** Whether the server has the schema owner's connection (embedded database): only the owner may publish a run. */
    private final boolean asOwner;

    /** The population is loaded in bulk (truncate, analyze): as the schema owner where the server has one. */
    DemoStartup(DemoUsers users, DemoPopulation population, DataSource dataSource,
                @RegistryOwner ObjectProvider<DataSource> owner, java.time.Clock clock,
                @org.springframework.beans.factory.annotation.Value("${shanyraq.demo.recompute:true}")
                boolean recomputeFirst) {
        this.clock = clock;
        this.recomputeFirst = recomputeFirst;
        this.users = users;
        this.population = population;
        DataSource schemaOwner = owner.getIfAvailable();
        this.asOwner = schemaOwner != null;
        this.dataSource = asOwner ? schemaOwner : dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The population first: it brings the districts the demo users work in.
        population.ensureLoaded(dataSource);
        // Names, street addresses and phones of the demo's people, where the registry has none (a registry made
        // before they were generated, or the hand-written families).
        try (var c = dataSource.getConnection()) {
            int named = kz.shanyraq.synth.people.SyntheticNames.ensure(c);
            if (named > 0) {
                log.info("Demo profile: named {} persons (synthetic names, addresses and phones)", named);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot name the demo's people: " + e.getMessage(), e);
        }
        int created = users.ensureCreated();
        if (created > 0) {
            log.info("Demo profile: created {} demo users", created);
        }
        if (recomputeFirst && !asOwner) {
            // On an external database the server runs as the least-privilege role, which cannot write a run.
            log.info("Demo profile: no first national run on an external database; publish one with "
                    + "./shanyraq recompute --database …");
        } else if (recomputeFirst) {
            try {
                publishFirstRun();
            } catch (RuntimeException e) {
                // A demo nicety: the server still starts, and the runs page says there is no run yet.
                log.warn("Demo profile: the first national run could not be published: {}", e.getMessage());
            }
        }
    }

    /**
     * A demo starts with one published national run, so the runs, the distribution, the well-being on the cards and
     * the analyst's home have data: the same recompute as {@code ./shanyraq recompute}, as of today, once (only when
     * the registry has no run at all). Measures needing data outside the registry's coverage are undetermined in it
     * (a partial run), as the run records.
     */
    private void publishFirstRun() {
        try (var c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("select exists (select 1 from recompute_run)")) {
            rs.next();
            if (rs.getBoolean(1)) {
                return;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the recompute runs: " + e.getMessage(), e);
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        var report = kz.shanyraq.recompute.run.NationalRecompute.run(dataSource, today,
                kz.shanyraq.recompute.run.NationalRecompute.Options.defaults(today).withAllowPartial(true));
        log.info("Demo profile: national recompute as of {} published as run {} ({} families, {} s)", today,
                report.runId(), report.families(), String.format(java.util.Locale.ROOT, "%.1f", report.seconds()));
    }
}
