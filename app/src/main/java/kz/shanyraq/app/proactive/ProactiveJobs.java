package kz.shanyraq.app.proactive;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The background work of proactive services: sending queued SMS (continuously) and expiring offers (every minute). */
@Component
class ProactiveJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProactiveJobs.class);

    private final SmsSender sender;
    private final OfferExpiry expiry;
    private volatile ScheduledExecutorService executor;

    ProactiveJobs(SmsSender sender, OfferExpiry expiry) {
        this.sender = sender;
        this.expiry = expiry;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "proactive-jobs");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> guarded(() -> {
            while (sender.sendBatch() > 0) {
                // drain
            }
        }), 1000, 100, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> guarded(() -> {
            int n = expiry.expireOverdue();
            if (n > 0) {
                log.info("{} offer(s) expired unanswered", n);
            }
        }), 2, 60, TimeUnit.SECONDS);
    }

    private static void guarded(Runnable job) {
        try {
            job.run();
        } catch (RuntimeException e) {
            log.warn("proactive job failed (retried next round): {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService e = executor;
        if (e != null) {
            e.shutdownNow();
            try {
                e.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
