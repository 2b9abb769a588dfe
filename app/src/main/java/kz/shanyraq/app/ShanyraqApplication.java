package kz.shanyraq.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The Shanyraq server: the Digital Family Map registry, the family card with entitlements under the law, the web UI
 * and the REST API. Each direct sub-package is one business capability (a Spring Modulith application module).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShanyraqApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShanyraqApplication.class, args);
    }

    /** "Today" is Kazakhstan's day (UTC+5), whatever the server's own time zone. */
    @Bean
    Clock clock(@Value("${shanyraq.zone:Asia/Almaty}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
