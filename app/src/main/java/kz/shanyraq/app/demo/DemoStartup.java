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

    /** The population is loaded in bulk (truncate, analyze): as the schema owner where the server has one. */
    DemoStartup(DemoUsers users, DemoPopulation population, DataSource dataSource,
                @RegistryOwner ObjectProvider<DataSource> owner) {
        this.users = users;
        this.population = population;
        this.dataSource = owner.getIfAvailable(() -> dataSource);
    }

    @Override
    public void run(ApplicationArguments args) {
        // The population first: it brings the districts the demo users work in.
        population.ensureLoaded(dataSource);
        int created = users.ensureCreated();
        if (created > 0) {
            log.info("Demo profile: created {} demo users", created);
        }
    }
}
