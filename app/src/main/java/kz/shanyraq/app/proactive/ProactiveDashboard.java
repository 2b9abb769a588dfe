package kz.shanyraq.app.proactive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * What the ministry reports about proactive services: SMS offers sent, consented, refused, expired and assigned, by
 * measure and region, for offers made in a period. Aggregates only: no person appears.
 */
@Service
public class ProactiveDashboard {

    /** One measure in one region (region {@code null}: the family had no address). */
    public record Row(String measure, String region, long sent, long consented, long refused, long expired,
                      long open, long assigned, long assignedAmount) {
    }

    private final JdbcClient jdbc;

    ProactiveDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Offers created from {@code from} to {@code to} inclusive, by measure and region; totals have a null key. */
    public List<Row> figures(LocalDate from, LocalDate to) {
        return figures(from, to, null);
    }

    /**
     * The same, cut to a reader's territory (a region, or one district of it; null for national readers): a
     * district's consultant sees the figures of the district, not the country's.
     */
    public List<Row> figures(LocalDate from, LocalDate to, kz.shanyraq.app.registry.Territory scope) {
        return jdbc.sql("""
                select o.measure, o.region_code,
                       count(*), count(*) filter (where o.status = 'consented'),
                       count(*) filter (where o.status = 'refused'), count(*) filter (where o.status = 'expired'),
                       count(*) filter (where o.status = 'sent'), count(a.id), coalesce(sum(a.amount), 0)
                  from offer o left join assignment a on a.offer_id = o.id
                 where o.created_at >= cast(:from as date) and o.created_at < cast(:to as date) + 1
                   and (cast(:region as text) is null or o.region_code = :region)
                   and (cast(:district as text) is null or o.district_id = :district)
                 group by grouping sets ((o.measure, o.region_code), (o.measure), ())
                 order by o.measure nulls last, o.region_code nulls first""")
                .param("from", from).param("to", to)
                .param("region", scope == null ? null : scope.region())
                .param("district", scope == null ? null : scope.district())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list();
    }

    /** The latest messages of the local outbox (default gateway), phone numbers masked. */
    public record OutboxMessage(long id, long offerId, String maskedPhone, String language, String text, String status,
                                String gateway, java.time.OffsetDateTime at) {
    }

    public List<OutboxMessage> outbox(int limit) {
        return jdbc.sql("""
                select id, offer_id, phone, language, text, status, gateway, coalesce(sent_at, created_at)
                  from sms_message where direction = 'out' order by id desc limit :n""").param("n", limit)
                .query((rs, n) -> new OutboxMessage(rs.getLong(1), rs.getLong(2), mask(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, java.time.OffsetDateTime.class)))
                .list();
    }

    static String mask(String phone) {
        return phone.length() < 6 ? "***" : phone.substring(0, 4) + "*****" + phone.substring(phone.length() - 3);
    }
}
