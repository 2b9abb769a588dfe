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
            assertThat(jdbc.sql("""
                            select distinct period from regional_figure
                             where series = 'median-per-capita-income' and provenance = 'computed' order by period""")
                    .query(String.class).list())
                    .as("the medians of the quarters the synthetic incomes cover, computed from the registry")
                    .containsExactly("2026-Q3", "2026-Q4");

            population.ensureLoaded(db.dataSource());

            assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(persons);
            assertThat(SyntheticDemoPopulation.sampleIins(db.dataSource())).isNotEmpty()
                    .allSatisfy(iin -> assertThat(kz.shanyraq.law.family.Iin.problem(iin)).isNull());

            // The synthetic country's regional figures reach the law, labelled synthetic, never as official.
            var row = jdbc.sql("select region_code, period from synthetic_regional_figure "
                    + "where series = 'subsistence-minimum' order by period desc, region_code limit 1")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
            var figure = new kz.shanyraq.app.entitlements.RegistryRegionalFigures(db.dataSource(),
                    new kz.shanyraq.app.database.TableChanges(db.dataSource())).book()
                    .on(java.time.LocalDate.of(2025, 1, 1)).regional()
                    .find(kz.shanyraq.law.region.FigureKind.SUBSISTENCE_MINIMUM, row[0],
                            kz.shanyraq.law.region.FigurePeriod.of(kz.shanyraq.law.region.Quarter.parse(row[1])))
                    .orElseThrow();
            assertThat(figure.provenance()).isEqualTo(kz.shanyraq.law.region.Provenance.SYNTHETIC);
        }
    }
}
