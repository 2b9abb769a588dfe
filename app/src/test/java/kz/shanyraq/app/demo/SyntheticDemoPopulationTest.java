package kz.shanyraq.app.demo;

import kz.shanyraq.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDemoPopulationTest {

    @Test
    void the_demo_country_is_loaded_once_and_offers_families_in_the_demo_consultants_district(@TempDir Path data) {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            SyntheticDemoPopulation population = new SyntheticDemoPopulation(0.0002, 7);
            population.ensureLoaded(db.dataSource());
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            long families = jdbc.sql("select count(*) from family").query(Long.class).single();
            long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
            assertThat(families).isGreaterThan(500);
            assertThat(persons).isGreaterThan(families);

            population.ensureLoaded(db.dataSource());

            assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(persons);
            assertThat(SyntheticDemoPopulation.sampleIins(db.dataSource())).isNotEmpty()
                    .allSatisfy(iin -> assertThat(kz.shanyraq.law.family.Iin.problem(iin)).isNull());
        }
    }
}
