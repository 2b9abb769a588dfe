package kz.shanyraq.app.labour.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/** Writes {@code labour_access_log}: each read commits on its own, refusals included. */
@Component
public class LabourAccessLog {

    private final JdbcClient jdbc;

    LabourAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String role, String channel, String action, String bin, String region,
                       LocalDate asOf, String outcome, String reason) {
        jdbc.sql("""
                        insert into labour_access_log (actor, actor_role, channel, action, bin, region_code, as_of, outcome, reason)
                        values (:actor, :role, :channel, :action, :bin, :region, :asOf, :outcome, :reason)""")
                .param("actor", actor).param("role", role).param("channel", channel).param("action", action)
                .param("bin", bin).param("region", region).param("asOf", asOf).param("outcome", outcome)
                .param("reason", reason)
                .update();
    }
}
