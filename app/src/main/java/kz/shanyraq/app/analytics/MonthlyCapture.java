package kz.shanyraq.app.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Captures the figures of each published national recompute run while its result table is kept (the recompute keeps
 * the published run and the one before it): one pass over the run's families, summed by region, district,
 * urban/rural, category and measure into {@code analytics_cell}. A month's figures are then read from these sums in
 * milliseconds, for every month since the first captured run. Runs are captured at start-up and whenever a reader
 * finds one not yet captured (in the background: a run of the whole country takes a while).
 */
@Service
public class MonthlyCapture {

    private static final Logger log = LoggerFactory.getLogger(MonthlyCapture.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analytics-capture");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    MonthlyCapture(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        captureInBackground();
    }

    /** Runs with results not yet captured, oldest first. */
    List<Long> pending() {
        return jdbc.sql("""
                        select r.id from recompute_run r
                        where r.status in ('published', 'superseded')
                          and not exists (select 1 from analytics_run a where a.run_id = r.id)
                          and to_regclass('recompute_result_' || r.id) is not null
                        order by r.id""").query(Long.class).list();
    }

    /** Starts capturing the pending runs in the background unless that is already under way. */
    public void captureInBackground() {
        if (queued.compareAndSet(false, true)) {
            worker.submit(() -> {
                try {
                    captureAll();
                } catch (RuntimeException e) {
                    log.warn("analytics: capturing the recompute runs failed: {}", e.getMessage());
                } finally {
                    queued.set(false);
                }
            });
        }
    }

    /** Captures every pending run now (in the caller's thread); returns how many. */
    public synchronized int captureAll() {
        List<Long> runs = pending();
        for (long run : runs) {
            capture(run);
        }
        return runs.size();
    }

    private void capture(long run) {
        long started = System.nanoTime();
        tx.executeWithoutResult(s -> {
            var head = jdbc.sql("select as_of, measures from recompute_run where id = :id").param("id", run)
                    .query((rs, n) -> new Object[]{rs.getObject(1, LocalDate.class), rs.getArray(2)}).single();
            LocalDate asOf = (LocalDate) head[0];
            int inserted = jdbc.sql("""
                            insert into analytics_run (run_id, as_of, month, families)
                            values (:run, :asOf, date_trunc('month', cast(:asOf as date))::date, 0)
                            on conflict do nothing""")
                    .param("run", run).param("asOf", asOf).update();
            if (inserted == 0) {
                return; // captured meanwhile
            }
            // The table name comes from the run's numeric id, never from a request.
            String table = "recompute_result_" + run;
            jdbc.sql("""
                    insert into analytics_cell (run_id, region_code, district_id, locality, category, measure,
                                                families, persons, amount)
                    with f as (
                        select r.region_code, r.district_id, coalesce(r.category, 0) as category, r.persons,
                               r.entitled, r.amounts,
                               coalesce((select a.locality from family_address a
                                          where a.family_id = r.family_id and a.valid_from <= :asOf
                                            and (a.valid_to is null or a.valid_to >= :asOf)
                                          order by a.valid_from desc limit 1), 'unknown') as locality
                          from %s r)
                    select :run, region_code, district_id, locality, category, '', count(*), sum(persons), 0
                      from f group by 2, 3, 4, 5
                    union all
                    select :run, f.region_code, f.district_id, f.locality, f.category, m.measures[e.k + 1],
                           count(*), sum(f.persons), sum(e.amount)
                      from f cross join lateral unnest(f.entitled, f.amounts) as e(k, amount)
                      cross join (select measures from recompute_run where id = :run) m
                     group by 2, 3, 4, 5, 6""".formatted(table))
                    .param("run", run).param("asOf", asOf).update();
            jdbc.sql("""
                    update analytics_run set families = (select coalesce(sum(families), 0) from analytics_cell
                                                          where run_id = :run and measure = '')
                     where run_id = :run""").param("run", run).update();
            log.info("analytics: captured the figures of recompute run {} (as of {}) in {} s", run, asOf,
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
        });
    }
}
