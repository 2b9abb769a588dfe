package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.lifeevents.AgeThresholdScan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the age-threshold scan shortly after start and then every hour (it scans each day once). */
@Component
class AgeScanSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AgeScanSchedule.class);

    private final AgeThresholdScan scan;
    private final boolean enabled;
    private volatile ScheduledExecutorService executor;

    AgeScanSchedule(AgeThresholdScan scan, @Value("${shanyraq.life-events.age-scan:true}") boolean enabled) {
        this.scan = scan;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "age-threshold-scan");
            t.setDaemon(true);
            return t;
        });
        if (enabled) {
            executor.scheduleWithFixedDelay(() -> {
                try {
                    scan.catchUp();
                } catch (RuntimeException e) {
                    log.warn("age-threshold scan failed (retried in an hour): {}", e.toString());
                }
            }, 30, 3600, TimeUnit.SECONDS);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
