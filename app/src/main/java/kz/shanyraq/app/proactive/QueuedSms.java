package kz.shanyraq.app.proactive;

import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An SMS waiting in {@code sms_queue}, with what its text is made of: the offer's measure, amount, payment and expiry.
 * The text is rendered from the offer when the message is sent (and when a family card shows it still queued).
 */
record QueuedSms(long offerId, String language, String phone, String measure, String kind, long amount,
                 Payment payment, LocalDate expires, OffsetDateTime queuedAt) {

    /** The columns {@link #read} expects, from {@code sms_queue q join offer o on o.id = q.offer_id}. */
    static final String COLUMNS = "q.offer_id, q.language, o.phone, o.measure, o.kind, o.amount, o.payment, "
            + "o.expires_on, q.queued_at";

    static QueuedSms read(ResultSet rs) throws SQLException {
        return new QueuedSms(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), Payment.valueOf(rs.getString(7)), rs.getObject(8, LocalDate.class),
                rs.getObject(9, OffsetDateTime.class));
    }

    /** The message in its language, named for the gateway by offer and language (the same on every try). */
    SmsGateway.OutgoingSms render() {
        var title = Measures.byId(measure).orElseThrow(() -> new IllegalStateException(
                "offer " + offerId + " names an unknown measure " + measure)).title();
        String text = "kk".equals(language)
                ? SmsTexts.kazakh(kind, title, amount, payment, offerId, expires)
                : SmsTexts.russian(kind, title, amount, payment, offerId, expires);
        return new SmsGateway.OutgoingSms(offerId + "-" + language, offerId, phone, language, text);
    }
}
