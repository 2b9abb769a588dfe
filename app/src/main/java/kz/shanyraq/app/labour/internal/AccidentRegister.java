package kz.shanyraq.app.labour.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Writes accidents notified by employers ({@code workplace_accident}, source {@code employer}); a re-sent one is kept once. */
@Component
public class AccidentRegister {

    private final JdbcClient jdbc;

    AccidentRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when an accident with this number was already recorded (nothing changed) */
    public boolean record(String ref, String bin, LocalDate occurredOn, String severity, int victims, int killed,
                          LocalDate notifiedOn) {
        return jdbc.sql("""
                        insert into workplace_accident (accident_ref, bin, occurred_on, severity, victims, killed, notified_on, source)
                        values (:ref, :bin, :on, :severity, :victims, :killed, :notified, 'employer')
                        on conflict (accident_ref) do nothing""")
                .param("ref", ref).param("bin", bin).param("on", occurredOn).param("severity", severity)
                .param("victims", victims).param("killed", killed).param("notified", notifiedOn)
                .update() == 1;
    }
}
