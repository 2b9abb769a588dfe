package kz.shanyraq.synth;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.synth.load.LoadOptions;
import kz.shanyraq.synth.load.RegistryTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loading into a real (embedded) PostgreSQL: all or nothing, once, only into an empty registry. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyntheticCountryLoadTest {

    @TempDir
    static Path data;
    private static EmbeddedDatabase db;
    private static DataSource ds;
    private static List<String> indexesBefore;

    @BeforeAll
    static void start() throws Exception {
        db = EmbeddedDatabase.start(data, 0);
        ds = db.dataSource();
        kz.shanyraq.db.RegistrySchema.migrate(ds);
        indexesBefore = indexes();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static LoadOptions options() {
        return LoadOptions.defaults().withThreads(2);
    }

    @Test
    @Order(1)
    void a_load_that_fails_half_way_leaves_the_registry_empty_with_its_indexes() throws Exception {
        assertThatThrownBy(() -> SyntheticCountry.load(ds, 0.001, 0, options().withInvalidRowForTest(RegistryTable.LOAN)))
                .hasMessageContaining("nothing was written").hasMessageContaining("loan");

        for (RegistryTable t : RegistryTable.values()) {
            assertThat(count("select count(*) from " + t.table)).as(t.table).isZero();
        }
        assertThat(count("select count(*) from synthetic_load")).isZero();
        assertThat(count("select count(*) from synthetic_regional_figure")).isZero();
        assertThat(count("select count(*) from district")).isZero();
        assertThat(indexes()).isEqualTo(indexesBefore);
    }

    @Test
    @Order(2)
    void a_registry_that_holds_real_persons_is_refused_and_left_as_it_was() throws Exception {
        execute("insert into person (id, iin, birth_date, sex) values (1, '900101300011', '1990-01-01', 'M')");
        try {
            assertThatThrownBy(() -> SyntheticCountry.load(ds, 0.001, 0, options()))
                    .isInstanceOf(LoadRefusedException.class)
                    .hasMessageContaining("not empty").hasMessageContaining("1 persons");
            assertThat(count("select count(*) from person")).isEqualTo(1);
            assertThat(count("select count(*) from family")).isZero();
        } finally {
            execute("delete from person");
        }
    }

    @Test
    @Order(3)
    void a_small_country_loads_with_the_counts_it_reports() throws Exception {
        LoadReport report = SyntheticCountry.load(ds, 0.001, 0, options());

        assertThat(report.alreadyLoaded()).isFalse();
        assertThat(report.persons()).isBetween(18_000L, 22_000L);
        assertThat(report.families()).isBetween(5_800L, 6_800L);
        assertThat(count("select count(*) from person")).isEqualTo(report.persons());
        assertThat(count("select count(*) from family")).isEqualTo(report.families());
        for (RegistryTable t : RegistryTable.values()) {
            assertThat(count("select count(*) from " + t.table)).as(t.table).isEqualTo(report.rowsPerTable().get(t.table));
        }
        assertThat(report.summaryLine()).matches("persons=\\d+ families=\\d+ seconds=\\d+\\.\\d rows_per_second=\\d+");
        assertThat(count("select count(*) from synthetic_load where scale = 0.001 and seed = 0 and persons = "
                + report.persons())).isEqualTo(1);
        assertThat(indexes()).isEqualTo(indexesBefore);
    }

    @Test
    @Order(4)
    void the_loaded_country_records_what_its_incomes_and_contributions_cover() throws Exception {
        assertThat(count("select count(*) from source_coverage where source_kind = 'incomes'"
                + " and first_month = date '2024-10-01' and last_month = date '2026-12-01'")).isEqualTo(1);
        assertThat(count("select count(*) from source_coverage c where source_kind = 'social-contributions'"
                + " and first_month = (select min(month) from social_contribution)"
                + " and last_month = (select max(month) from social_contribution)")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void by_default_the_country_has_incomes_for_every_month_of_two_years_of_history_and_none_before() throws Exception {
        assertThat(count("select count(*) from synthetic_load where history_from = date '2024-10-01'")).isEqualTo(1);
        assertThat(count("select count(*) from income where month < date '2024-10-01'")).isZero();
        assertThat(count("select count(distinct month) from income")).isEqualTo(27);
        long wagesOctober2024 = count("select count(*) from income where type = 'wage' and month = date '2024-10-01'");
        long wagesSeptember2026 = count("select count(*) from income where type = 'wage' and month = date '2026-09-01'");
        assertThat(wagesOctober2024).as("wage earners two years back: fewer (later hires), but most").isBetween(
                wagesSeptember2026 / 2, wagesSeptember2026);
        assertThat(count("select percentile_cont(0.5) within group (order by amount) from income where type = 'wage'"
                + " and month = date '2024-10-01'")).as("median wage two years back, deflated about 0.92 a year")
                .isLessThan(count("select percentile_cont(0.5) within group (order by amount) from income"
                        + " where type = 'wage' and month = date '2026-09-01'") * 90 / 100);
    }

    @Test
    @Order(4)
    void the_loaded_country_is_consistent_in_the_registry() throws Exception {
        assertThat(count("select count(*) from family f where not exists (select 1 from family_member m"
                + " where m.family_id = f.id and m.valid_to is null)")).as("families without a member").isZero();
        assertThat(count("select count(*) from family_member m where not exists (select 1 from person p where p.id = m.person_id)"))
                .as("members who are not persons").isZero();
        assertThat(count("select count(*) from person c join person m on m.id = c.mother_id where"
                + " extract(year from age(c.birth_date, m.birth_date)) not between 18 and 45")).isZero();
        assertThat(count("select count(*) from family f where (select count(*) from family_address a where"
                + " a.family_id = f.id and a.valid_to is null) <> 1")).as("families without one current address").isZero();
        assertThat(count("select count(*) from family_address a left join district d on d.id = a.district_id"
                + " where d.id is null or d.region_code <> a.region_code")).as("addresses in unknown districts").isZero();
        assertThat(count("select count(*) from district")).isGreaterThanOrEqualTo(100);
        assertThat(count("select min(area_m2 * 100)::bigint from real_estate")).isGreaterThanOrEqualTo(1000);
        assertThat(count("select count(*) from income where amount <= 0")).isZero();
    }

    @Test
    @Order(5)
    void the_made_up_regional_figures_are_kept_apart_and_flagged_synthetic() throws Exception {
        assertThat(count("select count(*) from synthetic_regional_figure where series = 'subsistence-minimum'"
                + " and period = '2026-Q3'")).isEqualTo(20);
        assertThat(count("select count(*) from synthetic_regional_figure where provenance <> 'synthetic'")).isZero();
        assertThatThrownBy(() -> execute("insert into synthetic_regional_figure (series, region_code, period, value,"
                + " provenance, generated_by_seed) values ('subsistence-minimum', 'KZ-59', '2030-Q1', 1, 'official', 0)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("provenance");
    }

    @Test
    @Order(6)
    void loading_the_same_scale_and_seed_again_does_nothing() throws Exception {
        long persons = count("select count(*) from person");
        LoadReport again = SyntheticCountry.load(ds, 0.001, 0, options());

        assertThat(again.alreadyLoaded()).isTrue();
        assertThat(again.persons()).isEqualTo(persons);
        assertThat(again.toString()).startsWith("already loaded");
        assertThat(count("select count(*) from person")).isEqualTo(persons);
    }

    @Test
    @Order(7)
    void another_scale_or_seed_is_refused_while_a_synthetic_country_is_loaded() throws Exception {
        long persons = count("select count(*) from person");
        assertThatThrownBy(() -> SyntheticCountry.load(ds, 0.001, 1, options()))
                .isInstanceOf(LoadRefusedException.class).hasMessageContaining("seed 0").hasMessageContaining("seed 1");
        assertThatThrownBy(() -> SyntheticCountry.load(ds, 0.002, 0, options()))
                .isInstanceOf(LoadRefusedException.class).hasMessageContaining("scale 0.001");
        assertThatThrownBy(() -> SyntheticCountry.load(ds, 0.001, 0, options().withHistoryFrom(YearMonth.of(2025, 1))))
                .isInstanceOf(LoadRefusedException.class).hasMessageContaining("incomes from 2024-10")
                .hasMessageContaining("incomes from 2025-01");
        assertThat(count("select count(*) from person")).isEqualTo(persons);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> indexes() throws SQLException {
        List<String> list = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select indexname || ' ' || indexdef from pg_indexes where schemaname ="
                     + " current_schema() order by indexname")) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return list;
    }
}
