package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.CaseRow;
import kz.shanyraq.app.casework.internal.CaseRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Recalculates the assignments of the changes of the family the life-event workers queued ({@link ChangesOfTheFamily}):
 * one change per transaction, oldest first, taken with {@code FOR UPDATE SKIP LOCKED} (several servers never take the
 * same one) and the assignment locked (two changes of one family are recalculated one after the other). A change the
 * rules do not let recalculate (the case is not under an assignment or contract, the change precedes the application,
 * the assignment ends before the next month, a sanction is in force, the law cannot decide) is kept as
 * {@code not-recalculated} with the reason: it stays in the consultant's queue.
 */
@Component
class ChangesOfTheFamilyWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangesOfTheFamilyWorker.class);
    /** Who the case history names for a recalculation learnt from a life event. */
    static final String ACTOR = "life-event";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final CaseRows rows;
    private final Recalculations recalculations;
    private final long idleMillis;
    private volatile Thread thread;
    private volatile boolean running;

    ChangesOfTheFamilyWorker(JdbcClient jdbc, TransactionTemplate tx, CaseRows rows, Recalculations recalculations,
                             @Value("${shanyraq.casework.changes.idle-millis:1000}") long idleMillis) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.rows = rows;
        this.recalculations = recalculations;
        this.idleMillis = idleMillis;
    }

    private record Queued(long id, long assignmentId, long caseId, long lifeEventId, String kind, LocalDate on) {
    }

    /** Recalculates the oldest queued change; false when none is left. */
    boolean next() {
        Boolean done = tx.execute(status -> {
            Optional<Queued> taken = jdbc.sql("""
                            select ch.id, ch.assignment_id, a.case_id, ch.life_event_id, ch.kind, ch.changed_on
                              from aid_family_change ch join aid_assignment a on a.id = ch.assignment_id
                             where ch.status = 'queued' order by ch.id limit 1 for update of ch skip locked""")
                    .query((rs, n) -> new Queued(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getString(5), rs.getObject(6, LocalDate.class)))
                    .optional();
            if (taken.isEmpty()) {
                return false;
            }
            Queued q = taken.get();
            jdbc.sql("select id from aid_assignment where id = :a for update").param("a", q.assignmentId())
                    .query(Long.class).single();
            String reason;
            String outcome;
            try {
                CaseRow c = rows.load(q.caseId());
                rows.requireState(c, "recalculate the assignment", CaseState.ASSIGNED, CaseState.UNDER_CONTRACT);
                if (q.on().isBefore(c.appliedOn())) {
                    throw new CaseRefusedException("before-application", "The change of " + q.on()
                            + " precedes the application of " + c.appliedOn() + ": the decision read the family after it.");
                }
                Recalculations.Recalculation r = recalculations.recalculate(c, ACTOR, q.on(),
                        q.kind() + " (life event " + q.lifeEventId() + ")");
                reason = null;
                outcome = r.explanation();
            } catch (CaseRefusedException refused) {
                reason = refused.reason();
                outcome = refused.getMessage();
            }
            jdbc.sql("""
                            update aid_family_change set status = :s, reason = :r, outcome = :o,
                                   processed_at = clock_timestamp() where id = :id""")
                    .param("s", reason == null ? "recalculated" : "not-recalculated").param("r", reason)
                    .param("o", outcome).param("id", q.id()).update();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private void loop() {
        while (running) {
            try {
                if (!next()) {
                    Thread.sleep(idleMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("recalculation of a change of the family failed: {}", e.toString());
                setAsideOldest(e);
            }
        }
    }

    /** A change whose recalculation fails unexpectedly is set aside with the error (not retried for ever). */
    private void setAsideOldest(RuntimeException error) {
        try {
            tx.executeWithoutResult(status -> jdbc.sql("""
                            update aid_family_change set status = 'not-recalculated', reason = 'error', outcome = :o,
                                   processed_at = clock_timestamp()
                             where id = (select id from aid_family_change where status = 'queued'
                                          order by id limit 1 for update skip locked)""")
                    .param("o", String.valueOf(error.getMessage())).update());
        } catch (RuntimeException ignored) {
            // the database is away: the next round tries again
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        Thread t = new Thread(this::loop, "casework-changes");
        t.setDaemon(true);
        t.start();
        thread = t;
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
