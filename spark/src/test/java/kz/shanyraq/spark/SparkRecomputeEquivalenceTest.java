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

    @BeforeAll
    static void country() throws Exception {
        folder = Files.createTempDirectory(Path.of("target"), "spark-equivalence-");
        db = EmbeddedDatabase.start(folder, 0);
        SyntheticCountry.load(db.dataSource(), 0.005, 7);
    }

    @AfterAll
    static void removeCountry() throws Exception {
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
        // The same published categories again (the one-machine run's, moved the same way) for Spark's run.
        execute(ds, MOVE_SOME_CATEGORIES.formatted("recompute_result_" + local.runId()));
        RunReport spark;
        try (DistributedEngines.Engine engine = DistributedEngines.open("spark", "local[2]", List.of(),
                new DistributedEngines.Registry(db.jdbcAddress(), RegistryRoles.OWNER, db.ownerPassword()))) {
            spark = NationalRecompute.run(ds, ON, oneMachine.withEngine(engine));
        }

        assertThat(spark.families()).isEqualTo(local.families()).isGreaterThan(25_000);
        assertThat(spark.persons()).isEqualTo(local.persons());
        assertThat(spark.parameterVersion()).isEqualTo(local.parameterVersion());
        // Before moving: the one-machine run's untouched rows are those the published view now shows of Spark's run.
        String localRows = "select * from recompute_result_" + local.runId();
        String sparkRows = "select * from recompute_result_" + spark.runId();
        execute(ds, MOVE_SOME_CATEGORIES.formatted("recompute_result_" + spark.runId()));
        assertThat(count(ds, "(" + localRows + " except " + sparkRows + ") d")).isZero();
        assertThat(count(ds, "(" + sparkRows + " except " + localRows + ") d")).isZero();
        assertThat(count(ds, "recompute_result_" + spark.runId())).isEqualTo(local.families());
        assertThat(count(ds, "recompute_result_" + spark.runId() + " where category is not null"
                + " and cardinality(entitled) > 0")).as("families scored and entitled").isGreaterThan(1_000);

        List<String> localTransitions = transitions(ds, local.runId());
        assertThat(localTransitions).hasSizeGreaterThan(1_000);
        assertThat(transitions(ds, spark.runId())).isEqualTo(localTransitions);
        assertThat(counts(ds, spark.runId())).isEqualTo(counts(ds, local.runId()));
        assertThat(published(ds)).isEqualTo(spark.runId());
    }

    @Test
    @DisplayName("A sweep of the poverty line's share of the subsistence minimum over two values in one Spark job gives, for each value, the"
            + " families, cost before and after, gainers and losers of the one-machine simulation of that reform")
    void aSweepOnSparkEqualsOneSimulationPerValue() throws Exception {
        DataSource ds = db.dataSource();
        kz.shanyraq.recompute.registry.FamilySnapshot.refresh(ds);
        // the sweep docs/spark.md measures (the test runs in the module's folder)
        String yaml = Files.readString(Path.of("../docs/spark/poverty-line-sweep.yaml"));
        var sweep = ReformSweep.values("share=0.70:0.90:0.20");
        assertThat(sweep.getValue()).containsExactly("0.70", "0.90");
        List<String> variants = sweep.getValue().stream()
                .map(v -> ReformSweep.variant(yaml, sweep.getKey(), v)).toList();
        long[][] sums;
        try (DistributedEngines.Engine engine = DistributedEngines.open("spark", "local[2]", List.of(),
                new DistributedEngines.Registry(db.jdbcAddress(), RegistryRoles.OWNER, db.ownerPassword()))) {
            sums = ReformSweep.run(ds, ON, variants, engine);
        }
        List<ReformSweep.Point> points = ReformSweep.points(sweep.getValue(), sums);
        for (int v = 0; v < variants.size(); v++) {
            SimulationResult one = LawChangeSimulation.run(ds, ON, variants.get(v), 2, done -> { });
            ReformSweep.Point p = points.get(v);
            assertThat(p.families()).isEqualTo(one.families()).isGreaterThan(25_000);
            assertThat(p.persons()).isEqualTo(one.persons());
            assertThat(p.costBefore()).isEqualTo(one.total().totalBefore());
            assertThat(p.costAfter()).isEqualTo(one.total().totalAfter());
            assertThat(p.gainers()).isEqualTo(one.total().gainers());
            assertThat(p.losers()).isEqualTo(one.total().losers());
        }
        assertThat(points.get(1).costAfter()).as("a higher poverty line costs more")
                .isGreaterThan(points.get(0).costAfter());
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
