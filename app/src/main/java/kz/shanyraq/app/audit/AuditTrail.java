package kz.shanyraq.app.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes the audit trail. A write returns only once its rows are committed, on its own transaction (apart from the
 * caller's), so a refusal is recorded even though the request that caused it then fails, and a granted read is
 * recorded — durably, as durable as the database's commits — before any data leaves the server.
 *
 * <p>Group commit: the rows of all requests waiting at the same moment are written by one writer thread in one
 * transaction (one batch of inserts, one commit, one WAL flush) and every waiting request is then released. Under
 * 200 concurrent card reads this is one commit for dozens of reads instead of one each; a lone read waits for its
 * own commit as before. The writer keeps one connection of its own, so it never waits for a pool that the waiting
 * requests themselves hold. If the write fails, every request in the batch fails (no data is returned unaudited).
 */
@Service
public class AuditTrail implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    /** Requests written together at most (each has one or a few rows). */
    private static final int MAX_BATCH = 512;
    private static final long WAIT_SECONDS = 30;
    private static final String INSERT = """
            insert into audit_event (actor, actor_role, channel, action, purpose, subject_person_id,
                                     subject_iin, family_id, as_of, outcome, reason)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private record Pending(List<AuditEntry> entries, CompletableFuture<Void> written) {
    }

    private final DataSource dataSource;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
    private final Thread writer;
    private volatile boolean running = true;
    private Connection connection;

    AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
        this.writer = new Thread(this::writeLoop, "audit-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /** Writes the rows and returns once they are committed; throws if they could not be. */
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Pending p = new Pending(List.copyOf(entries), new CompletableFuture<>());
        try {
            if (!running || !queue.offer(p, WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the audit trail is not accepting records; nothing may be read");
            }
            p.written().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the audit record was written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the audit record could not be written: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the audit record was not written within " + WAIT_SECONDS + " s", e);
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
                batch.forEach(p -> p.written().complete(null));
            } catch (InterruptedException e) {
                if (!running) {
                    continue;
                }
            } catch (SQLException | RuntimeException e) {
                log.error("Audit rows not written ({} request(s) refused)", batch.size(), e);
                batch.forEach(p -> p.written().completeExceptionally(e));
                closeConnection();
            }
            batch.clear();
        }
        closeConnection();
    }

    private void write(List<Pending> batch) throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Pending p : batch) {
                for (AuditEntry e : p.entries()) {
                    insert.setString(1, e.actor());
                    insert.setString(2, e.actorRole());
                    insert.setString(3, e.channel());
                    insert.setString(4, e.action());
                    insert.setString(5, e.purpose());
                    setLong(insert, 6, e.subjectPersonId());
                    insert.setString(7, e.subjectIin());
                    setLong(insert, 8, e.familyId());
                    insert.setObject(9, e.asOf() == null ? null : Date.valueOf(e.asOf()), Types.DATE);
                    insert.setString(10, e.outcome());
                    insert.setString(11, e.reason());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is dropped below
            }
            throw e;
        }
    }

    private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    /** Stops taking records, writes what is queued, and lets the connection go. */
    @Override
    public void destroy() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    }
}
