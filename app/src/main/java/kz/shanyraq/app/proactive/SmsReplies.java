package kz.shanyraq.app.proactive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen's reply to an offer, as the gateway reports it. Exactly once, whatever arrives twice or at the same time:
 * the reply is recorded once per provider message id (unique index); the offer row is locked while it is answered,
 * and only an offer still open ({@code sent}) can be answered; the assignment is unique per beneficiary, measure and
 * period. A second reply, a duplicate callback or a reply to an answered offer changes nothing.
 */
@Service
public class SmsReplies {

    /** What became of a reply. */
    public enum Outcome {
        CONSENTED, REFUSED, DUPLICATE, ALREADY_ANSWERED, EXPIRED, NO_OPEN_OFFER, NOT_UNDERSTOOD
    }

    public record Result(Outcome outcome, Long offerId, Long assignmentId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OfferExplanations explanations;

    SmsReplies(JdbcClient jdbc, Clock clock, OfferExplanations explanations) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.explanations = explanations;
    }

    @Transactional
    public Result receive(String providerMessageId, String phone, String text) {
        Optional<ReplyText> reply = ReplyText.parse(text);
        Long offerId = reply.map(ReplyText::offerId).orElse(null);
        if (offerId == null) {
            // No number in the reply: the phone's only open offer, if there is exactly one.
            var open = jdbc.sql("select id from offer where phone = :phone and status = 'sent' order by id")
                    .param("phone", phone).query(Long.class).list();
            offerId = open.size() == 1 ? open.get(0) : null;
        }
        // Lock the offer first (only if the reply comes from the phone it went to): concurrent replies to one offer
        // are answered one after the other, and nothing else locks the row in between.
        record Open(String status, String kind, LocalDate expiresOn) {
        }
        Open offer = offerId == null ? null : jdbc.sql("""
                        select status, kind, expires_on from offer where id = :id and phone = :phone for update""")
                .param("id", offerId).param("phone", phone)
                .query((rs, n) -> new Open(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional().orElse(null);
        // Kept with the offer it answers, once per provider message id.
        Long recorded = offer == null ? null : jdbc.sql("""
                insert into sms_message (offer_id, direction, phone, text, status, provider_message_id)
                values (:offer, 'in', :phone, :text, 'received', :pid)
                on conflict (provider_message_id) where direction = 'in' do nothing
                returning id""")
                .param("phone", phone).param("text", text).param("pid", providerMessageId).param("offer", offerId)
                .query(Long.class).optional().orElse(null);
        if (recorded == null) {
            boolean seen = jdbc.sql("select exists (select 1 from sms_message where direction = 'in' "
                    + "and provider_message_id = :pid)").param("pid", providerMessageId).query(Boolean.class).single();
            return new Result(seen ? Outcome.DUPLICATE : Outcome.NO_OPEN_OFFER, offerId, null);
        }
        if (reply.isEmpty()) {
            note(recorded, Outcome.NOT_UNDERSTOOD);
            return new Result(Outcome.NOT_UNDERSTOOD, offerId, null);
        }
        LocalDate today = LocalDate.now(clock);
        if (!"sent".equals(offer.status())) {
            note(recorded, Outcome.ALREADY_ANSWERED);
            return new Result(Outcome.ALREADY_ANSWERED, offerId, null);
        }
        if (offer.expiresOn().isBefore(today)) {
            jdbc.sql("update offer set status = 'expired', answered_at = now() where id = :id").param("id", offerId)
                    .update();
            note(recorded, Outcome.EXPIRED);
            return new Result(Outcome.EXPIRED, offerId, null);
        }
        if (reply.get().answer() == ReplyText.Answer.REFUSAL) {
            jdbc.sql("update offer set status = 'refused', answered_at = now() where id = :id").param("id", offerId)
                    .update();
            note(recorded, Outcome.REFUSED);
            return new Result(Outcome.REFUSED, offerId, null);
        }
        jdbc.sql("update offer set status = 'consented', answered_at = now(), answered_via = 'sms' where id = :id")
                .param("id", offerId).update();
        Long assignment = assignConsented(offerId, offer.kind());
        note(recorded, Outcome.CONSENTED);
        return new Result(Outcome.CONSENTED, offerId, assignment);
    }

    /**
     * A citizen's answer given at the counter to a member of staff, who records it: the same consent or refusal as
     * by SMS (the same assignment on consent), kept with who recorded it ({@code answered_by}, {@code answered_via =
     * 'counter'}). The caller has checked the staff member's role and territory for the offer's family.
     */
    @Transactional
    public Result atCounter(long offerId, boolean consent, String staff) {
        record Open(String status, String kind, LocalDate expiresOn) {
        }
        Open offer = jdbc.sql("select status, kind, expires_on from offer where id = :id for update")
                .param("id", offerId)
                .query((rs, n) -> new Open(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional().orElse(null);
        if (offer == null) {
            return new Result(Outcome.NO_OPEN_OFFER, offerId, null);
        }
        if (!"sent".equals(offer.status())) {
            return new Result(Outcome.ALREADY_ANSWERED, offerId, null);
        }
        if (offer.expiresOn().isBefore(LocalDate.now(clock))) {
            jdbc.sql("update offer set status = 'expired', answered_at = now() where id = :id").param("id", offerId)
                    .update();
            return new Result(Outcome.EXPIRED, offerId, null);
        }
        jdbc.sql("""
                update offer set status = :s, answered_at = now(), answered_via = 'counter', answered_by = :by
                 where id = :id""").param("s", consent ? "consented" : "refused").param("by", staff)
                .param("id", offerId).update();
        if (!consent) {
            return new Result(Outcome.REFUSED, offerId, null);
        }
        return new Result(Outcome.CONSENTED, offerId, assignConsented(offerId, offer.kind()));
    }

    /** What a consent makes of an offer: an assignment (an invitation's application is filed elsewhere). */
    private Long assignConsented(long offerId, String kind) {
        // The explanation is rendered now if nobody opened the offer yet: the assignment (or the application of an
        // invitation) keeps it.
        explanations.explainOffer(offerId);
        if (!"offer".equals(kind)) {
            // An invitation (targeted social assistance) becomes a submitted application, not an assignment.
            return null;
        }
        return jdbc.sql("""
                insert into assignment (offer_id, family_id, beneficiary, recipient_id, measure, period_from,
                                        period_to, payment, amount, decision, explanation, region_code)
                select id, family_id, beneficiary, recipient_id, measure, period_from, period_to, payment, amount,
                       'assigned', explanation, region_code
                  from offer where id = :id
                on conflict do nothing
                returning id""").param("id", offerId).query(Long.class).optional().orElse(null);
    }

    /** Sends the offer's SMS again (Kazakh and Russian) while it waits for an answer; false when it does not wait. */
    @Transactional
    public boolean resend(long offerId) {
        int open = jdbc.sql("select count(*) from offer where id = :id and status = 'sent'").param("id", offerId)
                .query(Integer.class).single();
        if (open == 0) {
            return false;
        }
        jdbc.sql("insert into sms_queue (offer_id, language) values (:o, 'kk'), (:o, 'ru') on conflict do nothing")
                .param("o", offerId).update();
        return true;
    }

    /** The family and territory of an offer (for the caller's access check), or empty. */
    public Optional<OfferPlace> place(long offerId) {
        return jdbc.sql("select family_id, region_code, district_id from offer where id = :id").param("id", offerId)
                .query((rs, n) -> new OfferPlace(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    public record OfferPlace(long familyId, String region, String district) {
    }

    private void note(long messageId, Outcome outcome) {
        jdbc.sql("update sms_message set outcome = :o where id = :id").param("o", outcome.name().toLowerCase())
                .param("id", messageId).update();
    }
}
