package kz.shanyraq.spark;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.db.RegistryRoles;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.run.NationalRecompute;
import kz.shanyraq.recompute.run.RunReport;
import kz.shanyraq.recompute.simulate.LawChangeSimulation;
import kz.shanyraq.recompute.simulate.ReformSweep;
import kz.shanyraq.recompute.simulate.SimulationResult;
import kz.shanyraq.synth.SyntheticCountry;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recompute on Spark (local[2]) against the one-machine recompute on one small synthetic country (scale 0.005,
 * seed 7: about 32 000 families): the same results family by family and the same transitions.
 */
class SparkRecomputeEquivalenceTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 1);
    /** Families whose published category a test moves, so that the next run has transitions to find. */
    private static final String MOVE_SOME_CATEGORIES = """
            update %s set category = case when family_id %% 3 = 0 then null
                                          else coalesce(category, 0) %% 6 + 1 end
             where family_id %% 11 = 0""";

    private static Path folder;
    private static EmbeddedDatabase db;
    /** One Spark session (local[2]) for both tests: starting one is the slow part. */
    private static DistributedEngines.Engine spark;

    @BeforeAll
    static void country() throws Exception {
        folder = Files.createTempDirectory(Path.of("target"), "spark-equivalence-");
        db = EmbeddedDatabase.start(folder, 0);
        SyntheticCountry.load(db.dataSource(), 0.005, 7);
        spark = DistributedEngines.open("spark", "local[2]", List.of(),
                new DistributedEngines.Registry(db.jdbcAddress(), RegistryRoles.OWNER, db.ownerPassword()));
    }

    @AfterAll
    static void removeCountry() throws Exception {
        if (spark != null) {
            spark.close();
        }
        if (db != null) {
            db.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @DisplayName("Spark in local mode gives every family the one-machine recompute's category, level, entitlements,"
            + " amounts and undetermined measures, and finds the same category transitions")
    void sparkEqualsTheOneMachineRecompute() throws Exception {
        DataSource ds = db.dataSource();
        NationalRecompute.Options oneMachine = NationalRecompute.Options.defaults(ON).withThreads(2)
                .withFamiliesPerSlice(1_000);
        // A published run whose categories differ from today's for some families: the next run has transitions.
        RunReport before = NationalRecompute.run(ds, ON, oneMachine);
        execute(ds, MOVE_SOME_CATEGORIES.formatted("recompute_result_" + before.runId()));
        RunReport local = NationalRecompute.run(ds, ON, oneMachine);
        // The one-machine run's rows as it wrote them; then its published categories moved the same way, so that
        // Spark's run finds the same transitions to find.
        execute(ds, "create table one_machine_rows as select * from recompute_result_" + local.runId());
        execute(ds, MOVE_SOME_CATEGORIES.formatted("recompute_result_" + local.runId()));
        RunReport onSpark = NationalRecompute.run(ds, ON, oneMachine.withEngine(spark));

        assertThat(onSpark.families()).isEqualTo(local.families()).isGreaterThan(25_000);
        assertThat(onSpark.persons()).isEqualTo(local.persons());
        assertThat(onSpark.parameterVersion()).isEqualTo(local.parameterVersion());
        String localRows = "select * from one_machine_rows";
        String sparkRows = "select * from recompute_result_" + onSpark.runId();
        assertThat(count(ds, "(" + localRows + " except " + sparkRows + ") d")).isZero();
        assertThat(count(ds, "(" + sparkRows + " except " + localRows + ") d")).isZero();
        assertThat(count(ds, "recompute_result_" + onSpark.runId())).isEqualTo(local.families());
        assertThat(count(ds, "recompute_result_" + onSpark.runId() + " where category is not null"
                + " and cardinality(entitled) > 0")).as("families scored and entitled").isGreaterThan(1_000);

        List<String> localTransitions = transitions(ds, local.runId());
        assertThat(localTransitions).hasSizeGreaterThan(1_000);
        assertThat(transitions(ds, onSpark.runId())).isEqualTo(localTransitions);
        assertThat(counts(ds, onSpark.runId())).isEqualTo(counts(ds, local.runId()));
        assertThat(published(ds)).isEqualTo(onSpark.runId());
    }

    @Test
    @DisplayName("A run reading the registry's columnar snapshot exported as Parquet gives every family exactly what"
            + " the run reading the registry over JDBC gives, and finds the transitions against the published run")
    void aParquetSnapshotGivesTheRegistrysResults() throws Exception {
        DataSource ds = db.dataSource();
        DistributedEngines.Registry registry =
                new DistributedEngines.Registry(db.jdbcAddress(), RegistryRoles.OWNER, db.ownerPassword());
        NationalRecompute.Options options = NationalRecompute.Options.defaults(ON).withFamiliesPerSlice(1_000);
        RunReport overJdbc = NationalRecompute.run(ds, ON, options.withEngine(spark));
        execute(ds, "create table jdbc_source_rows as select * from recompute_result_" + overJdbc.runId());
        // the published run's categories moved: the next run must find exactly these families' transitions
        execute(ds, MOVE_SOME_CATEGORIES.formatted("recompute_result_" + overJdbc.runId()));

        SparkSession session = SparkSession.builder().getOrCreate(); // the engine's session (local[2])
        String dir = folder.resolve("snapshot-parquet").toAbsolutePath().toString();
        long exported = ParquetExport.write(ds, session, registry, ON, dir);
        assertThat(exported).isEqualTo(overJdbc.families());
        assertThat(Files.readString(Path.of(dir, ParquetSnapshot.MANIFEST))).contains("\"on\": \"2026-10-01\"");
        // (Spark reads every Parquet column as nullable; the file declares them required)
        assertThat(session.read().parquet(dir + "/families").schema()).isEqualTo(ParquetSnapshot.SCHEMA.asNullable());

        RunReport fromParquet = NationalRecompute.run(ds, ON, options.withEngine(
                new SparkEngine(session, registry, new DistributedEngines.Source(dir))));

        assertThat(fromParquet.families()).isEqualTo(overJdbc.families()).isGreaterThan(25_000);
        assertThat(fromParquet.persons()).isEqualTo(overJdbc.persons());
        String jdbcRows = "select * from jdbc_source_rows";
        String parquetRows = "select * from recompute_result_" + fromParquet.runId();
        assertThat(count(ds, "(" + jdbcRows + " except " + parquetRows + ") d")).isZero();
        assertThat(count(ds, "(" + parquetRows + " except " + jdbcRows + ") d")).isZero();
        List<String> moved = strings(ds, "select j.family_id || ' ' || coalesce(m.category::text, '-') || '>'"
                + " || coalesce(j.category::text, '-') from jdbc_source_rows j join recompute_result_"
                + overJdbc.runId() + " m using (family_id) where m.category is distinct from j.category"
                + " order by j.family_id");
        assertThat(moved).hasSizeGreaterThan(1_000);
        assertThat(strings(ds, "select family_id || ' ' || coalesce(from_category::text, '-') || '>'"
                + " || coalesce(to_category::text, '-') from recompute_transition where run_id = "
                + fromParquet.runId() + " order by family_id")).isEqualTo(moved);
        assertThat(published(ds)).isEqualTo(fromParquet.runId());
    }

    @Test
    @DisplayName("A Parquet snapshot exported for another date is refused by a run, naming the dates")
    void aSnapshotOfAnotherDateIsRefused() throws Exception {
        SparkSession session = SparkSession.builder().getOrCreate();
        String dir = folder.resolve("snapshot-other-date").toAbsolutePath().toString();
        Files.createDirectories(Path.of(dir));
        ParquetSnapshot.writeManifest(session, dir, new ParquetSnapshot.Manifest(
                kz.shanyraq.recompute.registry.ColumnarSnapshot.FORMAT, ON.minusMonths(1), "v", 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParquetSnapshot.readFor(session, dir, ON))
                .hasMessageContaining("exported for 2026-09-01, not for the run's date 2026-10-01");
    }

    @Test
    @DisplayName("A sweep of the multi-child allowance for four children (the law's 16.03 MRP and 10 % more) on Spark"
            + " gives, for each value, the one-machine simulation of that reform: families, costs per measure, gainers"
            + " and losers, and the same sums per region, category, household type and income decile")
    void aSweepOnSparkEqualsOneSimulationPerValue() throws Exception {
        DataSource ds = db.dataSource();
        kz.shanyraq.recompute.registry.FamilySnapshot.refresh(ds);
        // the sweep docs/spark.md measures (the test runs in the module's folder)
        String yaml = Files.readString(Path.of("../docs/spark/multichild-sweep.yaml"));
        var sweep = ReformSweep.values("coefficient=16.03:17.63:1.60");
        assertThat(sweep.getValue()).containsExactly("16.03", "17.63");
        List<String> variants = sweep.getValue().stream()
                .map(v -> ReformSweep.variant(yaml, sweep.getKey(), v)).toList();
        List<SimulationResult> results = ReformSweep.run(ds, ON, variants, spark);
        List<ReformSweep.Point> points = ReformSweep.points(sweep.getValue(), results);
        for (int v = 0; v < variants.size(); v++) {
            SimulationResult one = LawChangeSimulation.run(ds, ON, variants.get(v), 2, done -> { });
            SimulationResult onSpark = results.get(v);
            assertThat(onSpark.byRegion()).as("regions").isEqualTo(one.byRegion()).hasSizeGreaterThan(5);
            assertThat(onSpark.byCategory()).as("categories").isEqualTo(one.byCategory());
            assertThat(onSpark.byHousehold()).as("household types").isEqualTo(one.byHousehold());
            assertThat(onSpark.byDecile()).as("income deciles").isEqualTo(one.byDecile());
            assertThat(onSpark.byDecile().stream().map(SimulationResult.Group::key))
                    .containsSubsequence("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            assertThat(onSpark.measures()).as("costs per measure").isEqualTo(one.measures());
            assertThat(onSpark.poverty()).isEqualTo(one.poverty());
            assertThat(onSpark.total()).isEqualTo(one.total());
            ReformSweep.Point p = points.get(v);
            assertThat(p.families()).isEqualTo(one.families()).isGreaterThan(25_000);
            assertThat(p.persons()).isEqualTo(one.persons());
            assertThat(p.costBefore()).isEqualTo(one.total().totalBefore());
            assertThat(p.costAfter()).isEqualTo(one.total().totalAfter());
            assertThat(p.gainers()).isEqualTo(one.total().gainers());
            assertThat(p.losers()).isEqualTo(one.total().losers());
        }
        assertThat(points.get(0).costAfter()).as("the law's own value changes nothing")
                .isEqualTo(points.get(0).costBefore());
        assertThat(points.get(0).gainers() + points.get(0).losers()).isZero();
        assertThat(points.get(1).costAfter()).as("10 % more for four children costs more")
                .isGreaterThan(points.get(1).costBefore());
        assertThat(points.get(1).gainers()).isPositive();
        assertThat(points.get(1).losers()).isZero();
        assertThat(results.get(1).byDecile().stream().filter(g -> g.change().gainers() > 0).count())
                .as("the deciles where families gain").isGreaterThan(1);
    }

    @Test
    @DisplayName("A run with the Parquet sink writes every family's row exactly as the published run's table has it,"
            + " and the transitions against the published run, and publishes nothing")
    void theParquetSinkWritesThePublishedRunsRows() throws Exception {
        DataSource ds = db.dataSource();
        NationalRecompute.Options options = NationalRecompute.Options.defaults(ON).withFamiliesPerSlice(1_000);
        RunReport published = NationalRecompute.run(ds, ON, options.withEngine(spark));
        execute(ds, "create table published_rows as select * from recompute_result_" + published.runId());
        // the published run's categories moved: the sink must find exactly these families' transitions
        execute(ds, MOVE_SOME_CATEGORIES.formatted("recompute_result_" + published.runId()));
        long runs = count(ds, "recompute_run");

        SparkSession session = SparkSession.builder().getOrCreate();
        String dir = folder.resolve("results-parquet").toAbsolutePath().toString();
        RunReport toParquet = NationalRecompute.run(ds, ON, options.withEngine(spark)
                .withSink(spark.parquetSink(dir)));

        assertThat(toParquet.families()).isEqualTo(published.families()).isGreaterThan(25_000);
        assertThat(toParquet.persons()).isEqualTo(published.persons());
        assertThat(count(ds, "recompute_run")).as("no run recorded").isEqualTo(runs);
        assertThat(published(ds)).as("the published run stays").isEqualTo(published.runId());
        assertThat(session.read().parquet(dir + "/" + ParquetResults.RESULTS_FOLDER).schema())
                .isEqualTo(ParquetResults.RESULTS.asNullable());
        List<String> written = session.read().parquet(dir + "/" + ParquetResults.RESULTS_FOLDER)
                .orderBy("family_id").collectAsList().stream().map(r -> r.getLong(0) + " " + r.getString(1) + " "
                        + r.getString(2) + " " + r.getShort(3) + " " + (r.isNullAt(4) ? "-" : r.getShort(4)) + " "
                        + (r.isNullAt(5) ? "-" : r.getString(5)) + " " + array(r.getList(6)) + " "
                        + array(r.getList(7)) + " " + array(r.getList(8))).toList();
        List<String> table = strings(ds, "select family_id || ' ' || region_code || ' ' || district_id || ' '"
                + " || persons || ' ' || coalesce(category::text, '-') || ' ' || coalesce(level_2023, '-') || ' '"
                + " || entitled::text || ' ' || amounts::text || ' ' || undetermined::text"
                + " from published_rows order by family_id");
        assertThat(written).hasSize(table.size()).isEqualTo(table);

        List<String> moved = strings(ds, "select p.family_id || ' ' || p.region_code || ' ' || p.district_id || ' '"
                + " || coalesce(m.category::text, '-') || '>' || coalesce(p.category::text, '-')"
                + " from published_rows p join recompute_result_" + published.runId() + " m using (family_id)"
                + " where m.category is distinct from p.category order by p.family_id");
        assertThat(moved).hasSizeGreaterThan(1_000);
        assertThat(session.read().parquet(dir + "/" + ParquetResults.TRANSITIONS_FOLDER).orderBy("family_id")
                .collectAsList().stream().map(r -> r.getLong(0) + " " + r.getString(1) + " " + r.getString(2) + " "
                        + (r.isNullAt(3) ? "-" : r.getShort(3)) + ">" + (r.isNullAt(4) ? "-" : r.getShort(4)))
                .toList()).isEqualTo(moved);
        String manifest = Files.readString(Path.of(dir, ParquetResults.MANIFEST));
        assertThat(manifest).contains("\"on\": \"2026-10-01\"", "\"families\": " + published.families(),
                "\"compared_with_run\": " + published.runId(), "\"targeted-social-assistance\"");
        // the measures in the order the rows' indexes refer to: the published run's
        assertThat(manifest).contains(String.join(", ", strings(ds, "select '\"' || m || '\"' from recompute_run r,"
                + " unnest(r.measures) with ordinality u(m, i) where r.id = " + published.runId() + " order by i")));
    }

    private static String array(List<Object> values) {
        return "{" + values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + "}";
    }

    private static void execute(DataSource ds, String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long count(DataSource ds, String from) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long published(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select run_id from published_family_result limit 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> transitions(DataSource ds, long run) throws Exception {
        return strings(ds, "select family_id || ' ' || region_code || ' ' || district_id || ' '"
                + " || coalesce(from_category::text, '-') || '>' || coalesce(to_category::text, '-')"
                + " from recompute_transition where run_id = " + run + " order by family_id");
    }

    private static List<String> counts(DataSource ds, long run) throws Exception {
        return strings(ds, "select region_code || ' ' || district_id || ' up ' || up || ' down ' || down"
                + " from recompute_transition_count where run_id = " + run + " order by region_code, district_id");
    }

    private static List<String> strings(DataSource ds, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
