package kz.shanyraq.app.proactive;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shanyraq.proactive.*}: how long an offer waits for a reply, and which SMS gateway sends.
 *
 * @param offerDays   days an offer stays open; unanswered, it expires after them
 * @param gateway     {@code outbox} (default: the local outbox the UI shows) or {@code http}
 * @param gatewayUrl  the provider's endpoint for {@code http}
 * @param gatewayToken bearer token sent to the provider (may be empty)
 */
@ConfigurationProperties("shanyraq.proactive")
public record ProactiveProperties(Integer offerDays, String gateway, String gatewayUrl, String gatewayToken) {

    public ProactiveProperties {
        offerDays = offerDays == null ? 30 : offerDays;
        if (offerDays < 1 || offerDays > 365) {
            throw new IllegalArgumentException("shanyraq.proactive.offer-days must be 1..365, not " + offerDays);
        }
        gateway = gateway == null || gateway.isBlank() ? "outbox" : gateway;
    }
}
