package kz.shanyraq.app.analytics;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.recompute.PublishedRun;
import kz.shanyraq.recompute.run.RunReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs published while the server was down (by {@code ./shanyraq recompute}, superseded before the server saw them)
 * are captured when the server starts, each once.
 */
class MonthlyCaptureTest extends ServerTest {

    @Autowired
    @kz.shanyraq.app.database.RegistryOwner
    DataSource owner;

    @Autowired
    MonthlyCapture capture;

    private long missed;

    @Test
    void a_run_superseded_while_the_server_was_down_is_captured_on_start_once_with_its_own_figures()
            throws Exception {
        RunReport run = PublishedRun.of(owner);
        capture.captureAll();
        // As if the command line had published a run two years ago and superseded it while the server was down:
        // a copy of the published run's row and results under another id, not captured.
        missed = run.runId() + 1_000_000;
        owner(String.format("""
                create temporary table missed_run as select * from recompute_run where id = %1$d;
                update missed_run set id = %2$d, status = 'superseded', as_of = as_of - interval '2 years';
                insert into recompute_run overriding system value select * from missed_run;
                create table recompute_result_%2$d as select * from recompute_result_%1$d;
                grant select on recompute_result_%2$d to shanyraq_app;""", run.runId(), missed));
        assertThat(capture.pending()).contains(missed);

        capture.atStart(); // what the server does when it is ready
        long waited = 0;
        while (captured(missed) == 0 && waited < 120_000) {
            Thread.sleep(200);
            waited += 200;
        }
        assertThat(captured(missed)).isEqualTo(1);
        assertThat(families(missed)).isEqualTo(families(run.runId())).isEqualTo(run.families());
        long cells = cells(missed);

        assertThat(capture.captureAll()).as("nothing left to capture").isZero();
        capture.atStart();
        Thread.sleep(500);
        assertThat(captured(missed)).isEqualTo(1);
        assertThat(cells(missed)).as("captured once: the same cells").isEqualTo(cells);
    }

    @AfterEach
    void forgetTheMissedRun() throws SQLException {
        if (missed > 0) {
            owner(String.format("""
                    delete from analytics_cell where run_id = %1$d;
                    delete from analytics_run where run_id = %1$d;
                    drop table if exists recompute_result_%1$d;
                    delete from recompute_run where id = %1$d;""", missed));
        }
    }

    private long captured(long run) {
        return jdbc.sql("select count(*) from analytics_run where run_id = :r").param("r", run)
                .query(Long.class).single();
    }

    private long families(long run) {
        return jdbc.sql("select families from analytics_run where run_id = :r").param("r", run)
                .query(Long.class).single();
    }

    private long cells(long run) {
        return jdbc.sql("select count(*) from analytics_cell where run_id = :r").param("r", run)
                .query(Long.class).single();
    }

    private void owner(String sql) throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
