package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.law.parameter.ParameterBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Workers that drain the outbox of life events. Each round takes a batch of work items with
 * {@code FOR UPDATE SKIP LOCKED} (several workers, in this process or others, never take the same item), processes the
 * events and deletes the items in the same transaction. A crash anywhere rolls the round back: the items are still
 * there and are processed after the restart, once. A batch that fails is retried event by event, so one bad event
 * does not hold up the others; an event that fails three times is marked {@code failed} with the error.
 */
@Component
class EventWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventWorkers.class);
    private static final int MAX_ATTEMPTS = 3;
    /** The smallest share worth a round of its own (a round costs a few dozen statements whatever its size). */
    private static final int MIN_CLAIM = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final EventProcessor processor;
    private final EventBatch batches;
    private final int workers;
    private final int batch;
    private final long idleMillis;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    EventWorkers(JdbcClient jdbc, TransactionTemplate tx, EventProcessor processor, EventBatch batches,
                 @Value("${shanyraq.life-events.workers:2}") int workers,
                 @Value("${shanyraq.life-events.batch:500}") int batch,
                 @Value("${shanyraq.life-events.idle-millis:20}") long idleMillis) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.processor = processor;
        this.batches = batches;
        this.workers = workers;
        this.batch = batch;
        this.idleMillis = idleMillis;
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::loop, "life-events-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        log.info("{} life-event worker(s) started", workers);
    }

    private void loop() {
        while (running) {
            try {
                if (round() == 0) {
                    Thread.sleep(idleMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("life-event round failed: {}", e.toString());
                sleepQuietly(500);
            }
        }
    }

    /**
     * One round: a batch in one transaction ({@link EventBatch}); on failure, its events one by one. Events the batch
     * could not place (a person not in the registry) are then tried alone, so that they fail on their own. Returns
     * the events handled.
     */
    int round() {
        List<Long> taken = new ArrayList<>();
        List<Long> alone = new ArrayList<>();
        try {
            Integer n = tx.execute(status -> {
                List<Long> ids = claim(batch);
                taken.addAll(ids);
                if (ids.isEmpty()) {
                    return 0;
                }
                EventBatch.Result result = batches.process(processor.load(ids), processor.book());
                done(result.processed());
                alone.addAll(result.alone());
                return result.processed().size();
            });
            alone.forEach(this::alone);
            return (n == null ? 0 : n) + alone.size();
        } catch (RuntimeException batchFailure) {
            if (taken.size() <= 1) {
                taken.forEach(id -> failed(id, batchFailure));
                return taken.size();
            }
            log.debug("batch of {} failed ({}); processing its events one by one", taken.size(),
                    batchFailure.toString());
            taken.forEach(this::alone);
            return taken.size();
        }
    }

    /** One event in its own transaction; a failure counts as an attempt. */
    private void alone(Long id) {
        try {
            tx.executeWithoutResult(status -> {
                // Another worker may have taken it meanwhile: then it is theirs.
                List<Long> mine = jdbc.sql("select event_id from life_event_work where event_id = :id "
                        + "for update skip locked").param("id", id).query(Long.class).list();
                if (!mine.isEmpty()) {
                    processor.process(processor.load(mine).get(0), processor.book());
                    done(mine);
                }
            });
        } catch (RuntimeException single) {
            failed(id, single);
        }
    }

    /**
     * Takes at most {@code n} of the oldest work items, and no more than this worker's share of the backlog: a small
     * backlog is split between the workers (both cores busy, short rounds, short waits) instead of all of it going
     * into one worker's round while the other idles.
     */
    private List<Long> claim(int n) {
        return jdbc.sql("""
                select event_id from life_event_work order by event_id
                 limit least(:n, greatest(:least, (select count(*) from life_event_work) / :workers + 1))
                   for update skip locked""")
                .param("n", n).param("least", Math.min(n, MIN_CLAIM)).param("workers", workers)
                .query(Long.class).list();
    }

    private void done(List<Long> ids) {
        jdbc.sql("delete from life_event_work where event_id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .update();
    }

    /** Counts a failed attempt; after the last one the event is marked failed and leaves the outbox. */
    private void failed(long id, RuntimeException error) {
        String message = String.valueOf(error.getMessage());
        tx.executeWithoutResult(status -> {
            Integer attempts = jdbc.sql("update life_event_work set attempts = attempts + 1, last_error = :err "
                            + "where event_id = :id returning attempts")
                    .param("err", message).param("id", id).query(Integer.class).optional().orElse(null);
            if (attempts != null && attempts >= MAX_ATTEMPTS) {
                jdbc.sql("update life_event set status = 'failed', processed_at = clock_timestamp(), outcome = :err "
                        + "where id = :id").param("err", message).param("id", id).update();
                jdbc.sql("delete from life_event_work where event_id = :id").param("id", id).update();
                log.warn("life event {} failed {} times and is set aside: {}", id, attempts, message);
            }
        });
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread t : threads) {
            t.interrupt();
        }
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
