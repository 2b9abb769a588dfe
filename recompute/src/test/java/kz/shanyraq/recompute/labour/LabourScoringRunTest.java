package kz.shanyraq.recompute.labour;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.law.labour.ScoreResult;
import kz.shanyraq.law.labour.ScoringDay;
import kz.shanyraq.synth.labour.SyntheticEnterprises;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring runs over the synthetic enterprises of scale 0.01 (≈ 1 740 enterprises), seed 7. */
class LabourScoringRunTest {

    static final LocalDate ON = LocalDate.of(2026, 10, 1);

    @TempDir
    static Path folder;
    static EmbeddedDatabase database;
    static DataSource ds;
    static SyntheticEnterprises.Report loaded;

    @BeforeAll
    static void load() {
        database = EmbeddedDatabase.start(folder, 0);
        ds = database.dataSource();
        loaded = SyntheticEnterprises.load(ds, 0.01, 7, ON);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void the_synthetic_enterprises_follow_the_seed_figures_workers_in_esutd_and_accident_insurance() {
        assertThat(loaded.enterprises()).isEqualTo(1737);
        assertThat((double) loaded.inEsutd() / loaded.workers()).isBetween(0.87, 0.93);
        assertThat((double) loaded.insured() / loaded.enterprises()).isBetween(0.62, 0.68);
        assertThat(loaded.workers() / (double) loaded.enterprises()).isBetween(22.0, 30.0);
    }

    @Test
    void an_enterprise_with_new_arrears_and_no_insurance_enters_the_high_band_on_the_next_run_and_leaves_it_when_both_are_fixed()
            throws SQLException {
        LabourScoringRun runs = new LabourScoringRun(ds, EnterpriseScoring.reference());
        LabourScoringRun.Report first = runs.run(ON, "test");
        assertThat(first.enterprises()).isEqualTo(1737);
        String bin = quietInsuredEnterprise(first.runId());
        execute("delete from accident_insurance_contract where bin = '" + bin + "'");
        execute("insert into wage_arrears_report (bin, as_of, amount, workers, oldest_unpaid_month) values ('" + bin
                + "', '2026-10-01', 3000000, 12, '2026-10-01')");
        LabourScoringRun.Report second = runs.run(ON, "test");
        assertThat(transitions(second.runId(), bin)).contains("social-tension:entered-high");
        assertThat(second.enteredHigh().get("social-tension")).isGreaterThanOrEqualTo(1);
        assertThat(status(first.runId())).isEqualTo("superseded");
        assertThat(status(second.runId())).isEqualTo("published");

        execute("insert into accident_insurance_contract (contract_ref, bin, valid_from) values ('NEW-" + bin + "', '" + bin
                + "', '2026-10-01')");
        execute("insert into wage_arrears_report (bin, as_of, amount, workers) values ('" + bin + "', '2026-10-02', 0, 0)");
        LabourScoringRun.Report third = runs.run(ON.plusDays(1), "test");
        assertThat(transitions(third.runId(), bin)).contains("social-tension:left-high");
    }

    @Test
    void the_card_and_the_run_read_the_same_facts() throws SQLException {
        try (Connection c = ds.getConnection()) {
            EnterpriseFactsReader.Enterprises all = EnterpriseFactsReader.read(c, ON);
            String bin = all.bins()[all.size() / 2];
            EnterpriseFactsReader.Enterprises one = EnterpriseFactsReader.read(c, ON, List.of(bin));
            assertThat(one.facts()[0]).isEqualTo(all.facts()[all.size() / 2]);
        }
    }

    @Test
    void the_facts_read_in_parallel_on_the_runs_exported_snapshot_are_those_read_on_one_connection() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            EnterpriseFactsReader.Enterprises one = EnterpriseFactsReader.read(c, ON);
            EnterpriseFactsReader.Enterprises parallel = EnterpriseFactsReader.read(ds, c, ON, 3);
            c.rollback();
            assertThat(parallel.bins()).containsExactly(one.bins());
            assertThat(parallel.regions()).containsExactly(one.regions());
            assertThat(parallel.facts()).containsExactly(one.facts());
        }
    }

    @Test
    void every_kept_explanation_of_a_run_is_rebuilt_exactly_as_the_enterprise_scores_on_that_day() throws SQLException {
        LabourScoringRun.Report run = new LabourScoringRun(ds, EnterpriseScoring.reference(), 2).run(ON, "test");
        ScoringDay day = EnterpriseScoring.reference().on(ON);
        try (Connection c = ds.getConnection()) {
            EnterpriseFactsReader.Enterprises all = EnterpriseFactsReader.read(c, ON);
            java.util.Map<String, byte[]> kept = new java.util.HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select bin, explanation from labour_score where run_id = " + run.runId())) {
                while (rs.next()) {
                    kept.put(rs.getString(1), rs.getBytes(2));
                }
            }
            assertThat(kept).hasSize(all.size());
            int high = 0;
            for (int i = 0; i < all.size(); i++) {
                List<ScoreResult> scored = day.score(all.facts()[i]).scores();
                List<ScoreResult> rebuilt = KeptExplanation.rebuild(day, kept.get(all.bins()[i]));
                for (int s = 0; s < scored.size(); s++) {
                    assertThat(rebuilt.get(s).total()).isEqualTo(scored.get(s).total());
                    assertThat(rebuilt.get(s).bandIndex()).isEqualTo(scored.get(s).bandIndex());
                    assertThat(rebuilt.get(s).trigger()).isEqualTo(scored.get(s).trigger());
                    assertThat(rebuilt.get(s).decidedByTrigger()).isEqualTo(scored.get(s).decidedByTrigger());
                    assertThat(rebuilt.get(s).lines()).isEqualTo(scored.get(s).lines());
                    high += rebuilt.get(s).isHigh() ? 1 : 0;
                }
            }
            assertThat(high).as("some enterprises are in a high band, so triggers and bands are really compared").isPositive();
        }
    }

    @Test
    void a_kept_explanation_of_another_shape_is_refused() {
        ScoringDay day = EnterpriseScoring.reference().on(ON);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KeptExplanation.rebuild(day, new byte[]{1, 1, 0, 0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KeptExplanation.rebuild(day, new byte[]{9})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
    }

    @Test
    void the_backtest_gives_precision_and_recall_at_n_per_region_counting_every_enterprise_once() throws SQLException {
        try (Connection c = ds.getConnection()) {
            Backtest.Result r = Backtest.run(c, EnterpriseScoring.reference(), ON.minusMonths(6), 6, 10);
            assertThat(r.country().enterprises()).isEqualTo(r.regions().stream().mapToInt(Backtest.Row::enterprises).sum());
            assertThat(r.country().withEvent()).as("synthetic conflicts and fatal accidents fall in the 6 months").isPositive();
            assertThat(r.country().hits()).isLessThanOrEqualTo(Math.min(r.country().withEvent(), r.country().topN()));
            assertThat(r.regions()).allSatisfy(row -> assertThat(row.topN()).isLessThanOrEqualTo(10));
        }
    }

    private static String quietInsuredEnterprise(long run) throws SQLException {
        return query("""
                select s.bin from labour_score s where s.run_id = %d and s.totals[1] = 0
                  and exists (select 1 from accident_insurance_contract a where a.bin = s.bin)
                  and not exists (select 1 from wage_arrears_report w where w.bin = s.bin)
                order by s.bin limit 1""".formatted(run)).get(0);
    }

    private static List<String> transitions(long run, String bin) {
        return query("select score || ':' || kind from labour_score_transition where run_id = " + run + " and bin = '" + bin + "'");
    }

    private static String status(long run) {
        return query("select status from labour_scoring_run where id = " + run).get(0);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> query(String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
