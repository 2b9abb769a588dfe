package kz.shanyraq.app.lifeevents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The life events processed for a family, newest first (for its card). */
@Service
public class FamilyEvents {

    public record Event(long id, String sourceSystem, String sourceId, String kind, LocalDate effectiveOn,
                        OffsetDateTime receivedAt, OffsetDateTime processedAt, String status, String outcome) {
    }

    private final JdbcClient jdbc;

    FamilyEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Event> of(long familyId) {
        return jdbc.sql("""
                select id, source_system, source_id, kind, effective_on, received_at, processed_at, status, outcome
                  from life_event where family_id = :f order by effective_on desc, id desc limit 200""")
                .param("f", familyId)
                .query((rs, n) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getString(9)))
                .list();
    }
}
