package kz.shanyraq.app.proactive;

/**
 * Sends one SMS. Replies do not come back through this interface: the provider calls the callback endpoint
 * ({@code POST /api/sms/replies}).
 */
public interface SmsGateway {

    /** The gateway's name as recorded with each message. */
    String name();

    /**
     * Hands the message over; returns the provider's message id. Throws if the provider did not take it (the message
     * stays queued and is tried again).
     */
    String send(OutgoingSms sms) throws Exception;

    /**
     * One message. {@code reference} names it for the provider and stays the same if the message is handed over again
     * (offer and language, e.g. {@code 1042-kk}).
     */
    record OutgoingSms(String reference, long offerId, String phone, String language, String text) {
    }
}
