package kz.shanyraq.app.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Writes the audit trail. Each write commits on its own, so a refusal is recorded even though the request that
 * caused it then fails, and a granted read is recorded before any data leaves the server.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            jdbc.sql("""
                            insert into audit_event (actor, actor_role, channel, action, purpose, subject_person_id,
                                                     subject_iin, family_id, as_of, outcome, reason)
                            values (:actor, :role, :channel, :action, :purpose, :person, :iin, :family, :asOf,
                                    :outcome, :reason)
                            """)
                    .param("actor", e.actor())
                    .param("role", e.actorRole())
                    .param("channel", e.channel())
                    .param("action", e.action())
                    .param("purpose", e.purpose())
                    .param("person", e.subjectPersonId())
                    .param("iin", e.subjectIin())
                    .param("family", e.familyId())
                    .param("asOf", e.asOf())
                    .param("outcome", e.outcome())
                    .param("reason", e.reason())
                    .update();
        }
    }
}
