package kz.shanyraq.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What changed in the registry's tables, heard from PostgreSQL ({@code LISTEN table_changed}; the triggers of
 * migration V110 notify one table name per changing statement, delivered when the writer commits). A
 * {@link ChangeAwareCache} keeps what it read from some tables until one of them changes.
 *
 * <p>Read your writes: {@link #caughtUp()} returns only after one round trip on the listening connection that began
 * after it was called. PostgreSQL signals a listener while the writer commits, before the writer is answered, and sends
 * the notification before it reads the listener's next query; so every change committed before {@code caughtUp()}
 * was called has been counted when it returns. Readers waiting at the same moment share one round trip, and a web
 * request makes one at most.
 *
 * <p>When the listening connection is lost, every table counts as changed and {@code caughtUp()} answers false (read
 * the database) until it listens again.
 */
@Component
public class TableChanges implements SmartLifecycle {

    static final String CHANNEL = "table_changed";
    private static final String CAUGHT_UP = TableChanges.class.getName() + ".caughtUp";

    private static final Logger log = LoggerFactory.getLogger(TableChanges.class);

    private final DataSource dataSource;
    /** Changes heard per table; a table never heard of is at 0. */
    private final ConcurrentHashMap<String, AtomicLong> changes = new ConcurrentHashMap<>();
    /** Bumped when the connection is lost or (re)established: everything may have changed meanwhile. */
    private final AtomicLong epoch = new AtomicLong();
    private final Object fence = new Object();
    private long asked;
    private long answered;
    private volatile boolean listening;
    private volatile boolean running;
    private Thread listener;

    public TableChanges(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Waits until every change committed before this call has been heard.
     *
     * @return false when the server is not listening (then nothing may be kept: read the database)
     */
    public boolean caughtUp() {
        if (!listening) {
            return false;
        }
        // Within a web request one round trip suffices: it began after the request did.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CAUGHT_UP, RequestAttributes.SCOPE_REQUEST) != null) {
            return listening;
        }
        boolean caughtUp = awaitRoundTrip();
        if (caughtUp && request != null) {
            request.setAttribute(CAUGHT_UP, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        return caughtUp;
    }

    private boolean awaitRoundTrip() {
        synchronized (fence) {
            long ticket = ++asked;
            fence.notifyAll();
            try {
                while (answered < ticket && listening) {
                    fence.wait(1000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return answered >= ticket && listening;
        }
    }

    /**
     * A number that grows with every change heard to any of the tables (and when the connection was lost or
     * regained): equal numbers mean none of them changed in between.
     */
    public long version(Collection<String> tables) {
        long v = epoch.get() << 40;
        for (String table : tables) {
            AtomicLong count = changes.get(table);
            if (count != null) {
                v += count.get();
            }
        }
        return v;
    }

    private void heard(String table) {
        changes.computeIfAbsent(table, t -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "table-changes");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
        synchronized (fence) {
            fence.notifyAll();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("listen " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                epoch.incrementAndGet();
                listening = true;
                log.debug("listening for changes of the registry's tables");
                while (running) {
                    long target;
                    synchronized (fence) {
                        if (asked == answered) {
                            fence.wait(50);
                        }
                        target = asked;
                    }
                    if (target > answered) {
                        // The round trip: notifications of commits before it are read before its answer.
                        s.execute("select 1");
                    }
                    PGNotification[] heard = pg.getNotifications(-1);
                    if (heard != null) {
                        for (PGNotification n : heard) {
                            heard(n.getParameter());
                        }
                    }
                    synchronized (fence) {
                        if (target > answered) {
                            answered = target;
                            fence.notifyAll();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("lost the registry's change notifications ({}); reading the database until they are back",
                            e.getMessage());
                }
            } finally {
                listening = false;
                epoch.incrementAndGet();
                synchronized (fence) {
                    fence.notifyAll();
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A connection of its own, outside the pool when the pool says how to open one, so the pool keeps its size. */
    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return dataSource.getConnection();
    }
}
