package kz.shanyraq.app.proactive;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the gateway by configuration: {@code shanyraq.proactive.gateway=outbox|http}. */
@Configuration(proxyBeanMethods = false)
class SmsGatewayConfiguration {

    @Bean
    SmsGateway smsGateway(ProactiveProperties properties) {
        return switch (properties.gateway()) {
            case "outbox" -> new OutboxSmsGateway();
            case "http" -> new HttpSmsGateway(properties.gatewayUrl(), properties.gatewayToken());
            default -> throw new IllegalArgumentException("shanyraq.proactive.gateway must be outbox or http, not '"
                    + properties.gateway() + "'");
        };
    }
}
