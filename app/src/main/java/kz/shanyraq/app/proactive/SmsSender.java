package kz.shanyraq.app.proactive;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands queued SMS to the gateway. Several senders may run (FOR UPDATE SKIP LOCKED); a message the provider did not
 * take stays queued and is tried again on the next round.
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
            var queued = jdbc.sql("""
                    select id, offer_id, phone, language, text from sms_message
                     where status = 'queued' order by id limit :n for update skip locked""")
                    .param("n", BATCH)
                    .query((rs, n) -> new SmsGateway.OutgoingSms(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)))
                    .list();
            // Marked sent together once the gateway has taken them: one statement per batch, not per message.
            List<Long> handed = new ArrayList<>();
            List<String> providerIds = new ArrayList<>();
            for (SmsGateway.OutgoingSms sms : queued) {
                try {
                    providerIds.add(gateway.send(sms));
                    handed.add(sms.messageId());
                } catch (Exception e) {
                    log.warn("SMS {} not taken by {}: {} (stays queued)", sms.messageId(), gateway.name(),
                            e.getMessage());
                    break;
                }
            }
            if (!handed.isEmpty()) {
                jdbc.sql("""
                        update sms_message m set status = 'sent', sent_at = clock_timestamp(), gateway = :g,
                               provider_message_id = q.pid
                          from unnest(cast(:id as bigint[]), cast(:pid as text[])) q (id, pid)
                         where m.id = q.id""")
                        .param("g", gateway.name()).param("id", handed.toArray(Long[]::new))
                        .param("pid", providerIds.toArray(String[]::new)).update();
            }
            int done = handed.size();
            return done;
        });
        return sent == null ? 0 : sent;
    }
}
