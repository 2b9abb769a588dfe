package kz.shanyraq.app.proactive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A family's proactive services for its card: offers with their SMS (out and in) and the assignments. Personal data:
 * the caller (the card page) has already checked access and audited the read.
 */
@Service
public class ProactiveHistory {

    public record Sms(String direction, String language, String text, String status, OffsetDateTime at,
                      String outcome) {
    }

    public record OfferView(long id, String measure, String kind, String beneficiary, long recipientId, String phone,
                            LocalDate from, LocalDate to, String payment, long amount, String status,
                            OffsetDateTime createdAt, LocalDate expiresOn, OffsetDateTime answeredAt, String explanation,
                            List<Sms> messages, Long assignmentId, OffsetDateTime assignedAt) {
    }

    private final JdbcClient jdbc;

    private final OfferExplanations explanations;

    ProactiveHistory(JdbcClient jdbc, OfferExplanations explanations) {
        this.jdbc = jdbc;
        this.explanations = explanations;
    }

    /** The family's offers, newest first; explanations not rendered yet are rendered and stored first. */
    public List<OfferView> offers(long familyId) {
        explanations.explainFamily(familyId);
        Map<Long, List<Sms>> sms = new LinkedHashMap<>();
        jdbc.sql("""
                select s.offer_id, s.direction, s.language, s.text, s.status,
                       coalesce(s.sent_at, s.created_at), s.outcome
                  from sms_message s join offer o on o.id = s.offer_id
                 where o.family_id = :f order by s.id""").param("f", familyId)
                .query(rs -> {
                    sms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Sms(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class), rs.getString(7)));
                });
        // Messages still waiting for the gateway, with the text they will have.
        jdbc.sql("select " + QueuedSms.COLUMNS + " " + """
                 from sms_queue q join offer o on o.id = q.offer_id
                 where o.family_id = :f order by q.offer_id, q.language""").param("f", familyId)
                .query(rs -> {
                    QueuedSms q = QueuedSms.read(rs);
                    sms.computeIfAbsent(q.offerId(), k -> new ArrayList<>()).add(new Sms("out", q.language(),
                            q.render().text(), "queued", q.queuedAt(), null));
                });
        return jdbc.sql("""
                select o.id, o.measure, o.kind, o.beneficiary, o.recipient_id, o.phone, o.period_from, o.period_to,
                       o.payment, o.amount, o.status, o.created_at, o.expires_on, o.answered_at, o.explanation,
                       a.id, a.decided_at
                  from offer o left join assignment a on a.offer_id = o.id
                 where o.family_id = :f order by o.id desc""").param("f", familyId)
                .query((rs, n) -> new OfferView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getLong(10), rs.getString(11),
                        rs.getObject(12, OffsetDateTime.class), rs.getObject(13, LocalDate.class),
                        rs.getObject(14, OffsetDateTime.class), rs.getString(15),
                        sms.getOrDefault(rs.getLong(1), List.of()), (Long) rs.getObject(16, Long.class),
                        rs.getObject(17, OffsetDateTime.class)))
                .list();
    }
}
