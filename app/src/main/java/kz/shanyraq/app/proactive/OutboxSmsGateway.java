package kz.shanyraq.app.proactive;

/**
 * The default gateway: nothing leaves the server. The message stays in the local outbox ({@code sms_message}), which
 * the UI shows, and the demo answers it through the same callback a provider would use.
 */
class OutboxSmsGateway implements SmsGateway {

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public String send(OutgoingSms sms) {
        return "outbox-" + sms.reference();
    }
}
