package kz.shanyraq.app.proactive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Offers nobody answered by their last day are recorded as expired (the day after). */
@Component
public class OfferExpiry {

    private final JdbcClient jdbc;
    private final Clock clock;

    OfferExpiry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how many offers expired now */
    public int expireOverdue() {
        return jdbc.sql("update offer set status = 'expired', answered_at = clock_timestamp() "
                        + "where status = 'sent' and expires_on < :today")
                .param("today", LocalDate.now(clock)).update();
    }
}
