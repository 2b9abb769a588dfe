package kz.shanyraq.recompute.cli;

import kz.shanyraq.recompute.TestRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RecomputeCommandTest {

    @Test
    @DisplayName("Invalid options end with exit code 2 and a message naming the option")
    void invalidOptionsAreRefusedByName() {
        assertThat(run("--on", "2026-13-01")).startsWith("2|").contains("--on");
        assertThat(run("--data", "x")).startsWith("2|").contains("--on");
        assertThat(run("--on", "2026-10-01", "--data", "a", "--database", "jdbc:postgresql://h/d"))
                .startsWith("2|").contains("--data or --database");
        assertThat(run("--on", "2026-10-01", "--database", "mysql://h/d")).startsWith("2|").contains("--database");
        assertThat(run("--on", "2026-10-01", "--threads", "0")).startsWith("2|").contains("--threads");
        assertThat(run("--on", "2026-10-01", "--bogus")).startsWith("2|").contains("--bogus");
        assertThat(run("--on", "2026-10-01", "--source", "parquet:/tmp/x")).startsWith("2|")
                .contains("--source parquet:DIR needs --engine spark");
        assertThat(run("--on", "2026-10-01", "--engine", "spark", "--source", "csv:/tmp/x")).startsWith("2|")
                .contains("--source must be registry or parquet:DIR");
        assertThat(run("--on", "2026-10-01", "--sink", "parquet:/tmp/x")).startsWith("2|")
                .contains("--sink parquet:DIR needs --engine spark");
        assertThat(run("--on", "2026-10-01", "--engine", "spark", "--sink", "csv:/tmp/x")).startsWith("2|")
                .contains("--sink must be registry or parquet:DIR");
    }

    @Test
    @DisplayName("The Parquet sink refuses a folder that exists (the results of another run would mix in)")
    void theParquetSinkRefusesAnExistingFolder() throws Exception {
        Path taken = Files.createTempDirectory("recompute-sink-");
        assertThat(run("--on", "2026-10-01", "--engine", "spark", "--sink", "parquet:" + taken)).startsWith("2|")
                .contains("--sink: " + taken + " exists");
    }

    @Test
    @DisplayName("A data folder without a registry is an invalid --data, not an empty run")
    void aFolderWithoutARegistryIsRefused() throws Exception {
        Path empty = Files.createTempDirectory("recompute-empty-");
        assertThat(run("--on", "2026-10-01", "--data", empty.toString())).startsWith("2|").contains("--data");
    }

    @Test
    @DisplayName("The last line on standard output is families=N persons=M seconds=T families_per_second=R")
    void lastLineFormat() throws Exception {
        Process p = child("--on", TestRegistry.ON.toString(), "--database", url());
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.exitValue()).isZero();
        assertThat(out.get(out.size() - 1))
                .matches("families=\\d+ persons=\\d+ seconds=\\d+\\.\\d families_per_second=\\d+");
        assertThat(out.get(out.size() - 1)).startsWith("families=" + count("select count(*) from family") + " ");
    }

    @Test
    @DisplayName("A run killed midway (kill -9) leaves the previous run published, and the next run completes")
    void killedRunLeavesThePreviousRunPublished() throws Exception {
        Process first = child("--on", TestRegistry.ON.toString(), "--database", url());
        assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        long published = count("select id from recompute_run where status = 'published'");
        long results = count("select count(*) from published_family_result");

        // Slow slices so the run is surely in the middle when killed.
        Process doomed = child("--on", TestRegistry.ON.toString(), "--database", url(), "--threads", "1",
                "--slice", "100", "--pause-per-slice-ms", "200");
        long doomedRun = 0;
        for (int i = 0; i < 600 && doomedRun == 0; i++) {
            Thread.sleep(100);
            doomedRun = count("select coalesce(max(id), 0) from recompute_run where status = 'running'"
                    + " and families_done > 0");
        }
        assertThat(doomedRun).as("the run got going").isPositive();
        doomed.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the client
        doomed.waitFor(30, TimeUnit.SECONDS);

        assertThat(count("select id from recompute_run where status = 'published'")).isEqualTo(published);
        assertThat(count("select count(*) from published_family_result where run_id = " + published)).isEqualTo(results);
        assertThat(count("select count(*) from pg_tables where tablename = 'recompute_result_" + doomedRun + "'"))
                .as("the killed run's results never became a table").isZero();

        Process rerun = child("--on", TestRegistry.ON.toString(), "--database", url());
        assertThat(rerun.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).isZero();
        long newRun = count("select id from recompute_run where status = 'published'");
        assertThat(newRun).isGreaterThan(doomedRun);
        assertThat(count("select count(*) from published_family_result where run_id = " + newRun))
                .isEqualTo(count("select count(*) from family"));
        assertThat(count("select count(*) from recompute_run where id = " + doomedRun
                + " and status = 'failed' and failure like 'abandoned%'")).isEqualTo(1);
    }

    @Test
    @DisplayName("A date whose incomes the registry does not cover is refused with exit code 3, naming the coverage,"
            + " and nothing is written")
    void aDateOutsideTheIncomeCoverageIsRefused() throws Exception {
        TestRegistry.database();
        long runsBefore = count("select count(*) from recompute_run");

        String out = run("--on", "2025-06-01", "--database", url());

        assertThat(out).startsWith("3|")
                .contains("Incomes of Q1 2025 are not in the registry: they are recorded from July 2025")
                .contains("incomes 2025-07…2026-12").contains("--allow-partial");
        assertThat(count("select count(*) from recompute_run")).isEqualTo(runsBefore);
    }

    @Test
    @DisplayName("With --allow-partial the run is published with the families each uncovered measure left"
            + " undetermined, per region, in its summary")
    void aPartialRunCountsTheUndeterminedFamilies() throws Exception {
        TestRegistry.database();

        String out = run("--on", "2025-06-01", "--allow-partial", "--database", url());

        assertThat(out).startsWith("0|").contains("partial run")
                .contains("targeted-social-assistance: ");
        long run = count("select id from recompute_run where status = 'published'");
        assertThat(count("select count(*) from recompute_run where id = " + run + " and as_of = date '2025-06-01'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from recompute_coverage_gap where run_id = " + run
                + " and subject = 'targeted-social-assistance' and reason_en like 'Incomes of Q1 2025%'")).isEqualTo(1);
        long undeterminedAsp = count("select coalesce(sum(families), 0) from recompute_undetermined where run_id = "
                + run + " and measure = 'targeted-social-assistance'");
        assertThat(undeterminedAsp).isEqualTo(count("select count(*) from published_family_result where"
                + " array_position(undetermined, (select array_position(measures, 'targeted-social-assistance')"
                + " from recompute_run where id = " + run + ")::smallint - 1::smallint) is not null"));
        assertThat(undeterminedAsp).isPositive();
        assertThat(count("select count(*) from published_family_result where category is not null")).isZero();
        assertThat(count("select count(distinct region_code) from recompute_undetermined where run_id = " + run
                + " and measure = 'wellbeing'")).isGreaterThan(1);
        assertThat(out).contains(String.format(java.util.Locale.ROOT, "targeted-social-assistance: %,d families",
                undeterminedAsp));

        // leave a run inside the coverage published, as the other tests expect
        assertThat(run("--on", TestRegistry.ON.toString(), "--database", url())).startsWith("0|");
    }

    @Test
    @DisplayName("Inside the synthetic country's history (2025-11-01) families are entitled to АСП with real amounts;"
            + " the same families before the history (2025-06-01) are undetermined, naming the incomes' coverage")
    void theSameFamiliesInsideAndBeforeTheHistory() throws Exception {
        TestRegistry.database();

        assertThat(run("--on", "2025-11-01", "--database", url())).startsWith("0|");
        long inside = count("select id from recompute_run where status = 'published'");
        assertThat(count("select count(*) from recompute_coverage_gap where run_id = " + inside)).isZero();
        String asp = "(select array_position(measures, 'targeted-social-assistance') - 1 from recompute_run where id = "
                + inside + ")::smallint";
        long entitled = count("select count(*) from published_family_result where " + asp + " = any(entitled)"
                + " and amounts[array_position(entitled, " + asp + ")] > 0");
        assertThat(entitled).as("families entitled to АСП with an amount").isGreaterThan(10);
        long someFamily = count("select min(family_id) from published_family_result where " + asp + " = any(entitled)");

        assertThat(run("--on", "2025-06-01", "--allow-partial", "--database", url())).startsWith("0|");
        long before = count("select id from recompute_run where status = 'published'");
        assertThat(count("select count(*) from published_family_result where family_id = " + someFamily
                + " and " + asp + " = any(undetermined) and not " + asp + " = any(entitled)"))
                .as("the same family before the history: АСП undetermined").isEqualTo(1);
        assertThat(count("select count(*) from recompute_coverage_gap where run_id = " + before
                + " and subject = 'targeted-social-assistance' and reason_en like"
                + " 'Incomes of Q1 2025 are not in the registry: they are recorded from July 2025%'")).isEqualTo(1);

        // leave a run inside the coverage published, as the other tests expect
        assertThat(run("--on", TestRegistry.ON.toString(), "--database", url())).startsWith("0|");
    }

    private static String url() {
        return TestRegistry.database().jdbcUrl();
    }

    private static Process child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecomputeCommand.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestRegistry.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Exit code and standard error of an in-process run, as "code|text". */
    private static String run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = RecomputeCommand.run(args);
            return code + "|" + buffer.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(err);
        }
    }
}
