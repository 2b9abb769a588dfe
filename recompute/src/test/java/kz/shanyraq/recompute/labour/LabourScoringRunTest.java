package kz.shanyraq.recompute.labour;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.law.labour.EnterpriseScoring;
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
