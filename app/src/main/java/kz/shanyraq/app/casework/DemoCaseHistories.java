package kz.shanyraq.app.casework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * With the demo profile and the synthetic demo population: once the population is loaded (after {@code DemoStartup}),
 * the synthetic country gains its АСП case histories ({@link CaseHistories}, then the monitoring, sanctions, appeals
 * and payroll runs that follow them, {@link MonitoringAndPayrollHistories}), in the background so the server is
 * ready meanwhile; only when the registry has none yet. {@code shanyraq.demo.case-histories=false} leaves them out.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "shanyraq.demo.population", havingValue = "synthetic", matchIfMissing = true)
@Order(20)
class DemoCaseHistories implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseHistories.class);

    private final CaseHistories histories;
    private final MonitoringAndPayrollHistories followUps;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final double scale;
    private final long seed;
    private final boolean enabled;

    DemoCaseHistories(CaseHistories histories, MonitoringAndPayrollHistories followUps, JdbcClient jdbc, Clock clock,
                      @Value("${shanyraq.demo.scale:0.001}") double scale,
                      @Value("${shanyraq.demo.seed:2026}") long seed,
                      @Value("${shanyraq.demo.case-histories:true}") boolean enabled) {
        this.histories = histories;
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.clock = clock;
        this.scale = scale;
        this.seed = seed;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || jdbc.sql("select exists (select 1 from aid_case)").query(Boolean.class).single()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                LocalDate today = LocalDate.now(clock);
                histories.generate(scale, seed, YearMonth.of(2025, 1), today);
                followUps.generate(YearMonth.of(2025, 1), today);
            } catch (RuntimeException e) {
                log.warn("Demo case histories not generated: {}", e.toString());
            }
        }, "demo-case-histories");
        t.setDaemon(true);
        t.start();
    }
}
