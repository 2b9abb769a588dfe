package kz.shanyraq.app.lifeevents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How the intake of life events is doing, for the operator: events received and processed in the last 24 hours,
 * the backlog waiting for a worker and the age of its oldest event, and the latest failed events with what went
 * wrong. No IIN is shown: the operator sees events by id and source.
 */
@Service
public class IntakeHealth {

    public record Health(long receivedLastDay, long processedLastDay, long failedLastDay, long waiting,
                         Duration oldestWaiting, long smsQueued, List<FailedEvent> failed) {
    }

    public record FailedEvent(long id, String kind, String sourceSystem, String sourceId, LocalDate effectiveOn,
                              OffsetDateTime receivedAt, String outcome) {
    }

    private final JdbcClient jdbc;

    IntakeHealth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Health now() {
        record Counts(long received, long processed, long failed, long waiting, Double oldestSeconds) {
        }
        Counts c = jdbc.sql("""
                select count(*) filter (where received_at > now() - interval '1 day'),
                       count(*) filter (where status = 'processed' and processed_at > now() - interval '1 day'),
                       count(*) filter (where status = 'failed' and received_at > now() - interval '1 day'),
                       count(*) filter (where status = 'accepted'),
                       cast(extract(epoch from now() - min(received_at) filter (where status = 'accepted')) as float8)
                  from life_event""")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        (Double) rs.getObject(5, Double.class)))
                .single();
        long queued = jdbc.sql("select count(*) from sms_queue").query(Long.class).single();
        List<FailedEvent> failed = jdbc.sql("""
                select id, kind, source_system, source_id, effective_on, received_at, outcome
                  from life_event where status = 'failed' order by id desc limit 20""")
                .query((rs, n) -> new FailedEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list();
        return new Health(c.received(), c.processed(), c.failed(), c.waiting(),
                c.oldestSeconds() == null ? null : Duration.ofSeconds(c.oldestSeconds().longValue()), queued, failed);
    }
}
