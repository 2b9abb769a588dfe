package kz.shanyraq.app.proactive;

import kz.shanyraq.law.measure.Payment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands queued SMS ({@code sms_queue}) to the gateway. Each message's text is rendered from its offer, and the message
 * is written to {@code sms_message} once, as sent, in the transaction that removes it from the queue. Several senders
 * may run (FOR UPDATE SKIP LOCKED); a message the provider did not take stays queued and is tried again on the next
 * round. The gateway's reference for a message (offer and language) is the same on every try, so a provider can
 * recognise a message handed over again after a crash between its acceptance and this commit.
 */
@Component
class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SmsGateway gateway;

    SmsSender(JdbcClient jdbc, TransactionTemplate tx, SmsGateway gateway) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.gateway = gateway;
    }

    /** Sends one batch; returns how many were sent. */
    int sendBatch() {
        Integer sent = tx.execute(status -> {
            // The queue's oldest messages first, then their offers by id: a join here made the planner walk the
            // offer table's index from its first row on every round (8 % of PostgreSQL's CPU under load).
            // Each row's ctid (stable while this transaction holds its lock) deletes exactly the rows taken.
            record Taken(long offerId, String language, OffsetDateTime queuedAt, String ctid) {
            }
            List<Taken> taken = jdbc.sql("""
                    select offer_id, language, queued_at, ctid::text from sms_queue
                     order by offer_id, language limit :n for update skip locked""")
                    .param("n", BATCH)
                    .query((rs, n) -> new Taken(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                            rs.getString(4)))
                    .list();
            if (taken.isEmpty()) {
                return 0;
            }
            record Offer(String phone, String measure, String kind, long amount, Payment payment, LocalDate expires) {
            }
            Map<Long, Offer> byId = new HashMap<>();
            jdbc.sql("select id, phone, measure, kind, amount, payment, expires_on from offer where id = any(:ids)")
                    .param("ids", taken.stream().map(Taken::offerId).distinct().toArray(Long[]::new))
                    .query(rs -> {
                        byId.put(rs.getLong(1), new Offer(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5), Payment.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class)));
                    });
            List<QueuedSms> queued = new ArrayList<>();
            for (Taken t : taken) {
                Offer o = byId.get(t.offerId());
                queued.add(new QueuedSms(t.offerId(), t.language(), o.phone(), o.measure(), o.kind(), o.amount(),
                        o.payment(), o.expires(), t.queuedAt()));
            }
            // Written together once the gateway has taken them: one statement per batch, not per message.
            List<SmsGateway.OutgoingSms> handed = new ArrayList<>();
            List<String> providerIds = new ArrayList<>();
            for (QueuedSms q : queued) {
                SmsGateway.OutgoingSms sms = q.render();
                try {
                    providerIds.add(gateway.send(sms));
                    handed.add(sms);
                } catch (Exception e) {
                    log.warn("SMS {} not taken by {}: {} (stays queued)", sms.reference(), gateway.name(),
                            e.getMessage());
                    break;
                }
            }
            if (!handed.isEmpty()) {
                Long[] offers = handed.stream().map(SmsGateway.OutgoingSms::offerId).toArray(Long[]::new);
                String[] languages = handed.stream().map(SmsGateway.OutgoingSms::language).toArray(String[]::new);
                // The gateway took a prefix of the batch. Deleted by ctid, not by a join on the key: the join's plan
                // follows the queue's statistics, and when they were taken on a near-empty queue, a backlog made it
                // hash the whole queue for every batch (173 ms per 1 000 messages behind a 100 k backlog, 40 % of
                // PostgreSQL's time), so a sender that fell behind fell further behind.
                String[] ctids = taken.subList(0, handed.size()).stream().map(Taken::ctid).toArray(String[]::new);
                jdbc.sql("""
                        with sent as (delete from sms_queue where ctid = any(cast(:c as tid[])))
                        insert into sms_message (offer_id, direction, phone, language, text, status, gateway,
                                                 provider_message_id, created_at, sent_at)
                        select o, 'out', p, l, t, 'sent', :g, pid, clock_timestamp(), clock_timestamp()
                          from unnest(cast(:o as bigint[]), cast(:p as text[]), cast(:l as text[]),
                                      cast(:t as text[]), cast(:pid as text[])) with ordinality as q (o, p, l, t, pid, i)
                         order by q.i""")
                        .param("c", ctids).param("o", offers).param("l", languages)
                        .param("p", handed.stream().map(SmsGateway.OutgoingSms::phone).toArray(String[]::new))
                        .param("t", handed.stream().map(SmsGateway.OutgoingSms::text).toArray(String[]::new))
                        .param("pid", providerIds.toArray(String[]::new)).param("g", gateway.name())
                        .update();
            }
            return handed.size();
        });
        return sent == null ? 0 : sent;
    }
}
