package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.family.Family;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The family snapshot ({@code family_snapshot}, migration V21): one row per family holding every registry fact the
 * law reads, for any date ({@link FamilyFacts}), so that a run reads one row per family with one sequential COPY
 * instead of about 25 rows from 21 tables. Triggers on the registry's tables put the families a write touches in
 * {@code family_snapshot_stale}; {@link #refresh} re-encodes them (or everything, when the snapshot is incomplete)
 * before a run, and a run reads the few families marked stale after that through the slow path, so a run never
 * reads a stale row. See docs/recompute.md, "The family snapshot".
 */
public final class FamilySnapshot {

    /** Families encoded per read while (re)building. */
    private static final int CHUNK = 4_000;
    /** Connections encoding in parallel while the whole snapshot is built. */
    private static final int ENCODERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private FamilySnapshot() {
    }

    /** What a refresh did. */
    public record Refresh(boolean full, long families, double seconds) {
    }

    /**
     * Brings the snapshot up to date, in one transaction that holds {@code family_snapshot_state} exclusively, so
     * that no registry write commits between the families read and the stale marks cleared (a writer's trigger
     * waits for this lock; a write committed before it is seen by this transaction). Rebuilds everything when the
     * snapshot is incomplete (never built, invalidated by a bulk load, an older format); else re-encodes the stale
     * families only.
     */
    public static Refresh refresh(DataSource ds) throws SQLException {
        return refresh(ds, (done, total) -> { });
    }

    /** Families encoded so far of the families to encode, reported about once a second during a whole build. */
    @FunctionalInterface
    public interface BuildProgress {
        void encoded(long done, long total);
    }

    /** {@link #refresh(DataSource)}, telling {@code progress} how a whole build advances (it takes minutes). */
    public static Refresh refresh(DataSource ds, BuildProgress progress) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement s = c.createStatement()) {
                // before any query: the transaction's snapshot is taken after the lock is granted
                s.execute("lock table family_snapshot_state in exclusive mode");
                boolean complete;
                int format;
                try (ResultSet rs = s.executeQuery("select complete, format from family_snapshot_state")) {
                    rs.next();
                    complete = rs.getBoolean(1);
                    format = rs.getInt(2);
                }
                long n;
                boolean full = !complete || format != FamilyFacts.VERSION;
                if (!full) {
                    // a write touching most families (a bulk ingest with the snapshot complete): rebuilding in
                    // range order costs less than re-encoding by id lists
                    try (ResultSet rs = s.executeQuery("select (select count(*) from family_snapshot_stale) * 4"
                            + " > greatest(1000, (select reltuples from pg_class where oid = 'family_snapshot'::regclass))")) {
                        rs.next();
                        full = rs.getBoolean(1);
                    }
                }
                if (full) {
                    s.execute("truncate family_snapshot");
                    n = build(ds, c, progress);
                    s.execute("delete from family_snapshot_stale");
                    s.execute("update family_snapshot_state set complete = true, format = " + FamilyFacts.VERSION
                            + ", built_at = now()");
                    s.execute("analyze family_snapshot"); // its size decides partial refresh or rebuild
                } else {
                    List<Long> stale = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("select family_id from family_snapshot_stale order by 1")) {
                        while (rs.next()) {
                            stale.add(rs.getLong(1));
                        }
                    }
                    n = stale.size();
                    for (int from = 0; from < stale.size(); from += CHUNK) {
                        List<Long> part = stale.subList(from, Math.min(stale.size(), from + CHUNK));
                        long[] ids = part.stream().mapToLong(Long::longValue).toArray();
                        String any = ids(ids);
                        s.execute("delete from family_snapshot where family_id = any(" + any + ")");
                        copy(c, FamilyFacts.read(c, ids));
                    }
                    if (n > 0) {
                        s.execute("delete from family_snapshot_stale");
                    }
                }
                c.commit();
                return new Refresh(full, n, (System.nanoTime() - t0) / 1e9);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Encodes every family: {@code ENCODERS} connections importing this transaction's snapshot read and encode
     * ranges, this connection copies them in (one COPY per range: a COPY FROM cannot stay open while this
     * connection does anything else, and the encoders keep it busy).
     */
    private static long build(DataSource ds, Connection c, BuildProgress progress) throws SQLException {
        String snapshot;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
            rs.next();
            snapshot = rs.getString(1);
        }
        List<RegistrySnapshot.Range> ranges = RegistrySnapshot.slices(c, CHUNK);
        long total = RegistrySnapshot.families(c);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.BlockingQueue<List<FamilyFacts.Encoded>> encoded =
                new java.util.concurrent.ArrayBlockingQueue<>(ENCODERS * 2);
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger(ENCODERS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < ENCODERS; t++) {
            Thread th = new Thread(() -> {
                try (Connection e = ds.getConnection()) {
                    e.setAutoCommit(false);
                    e.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    try (Statement s = e.createStatement()) {
                        s.execute("set transaction snapshot '" + snapshot + "'");
                    }
                    int i;
                    while (failure.get() == null && (i = next.getAndIncrement()) < ranges.size()) {
                        List<FamilyFacts.Encoded> rows = FamilyFacts.read(e, ranges.get(i).from(), ranges.get(i).to());
                        while (failure.get() == null
                                && !encoded.offer(rows, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                            // the copy is behind
                        }
                    }
                    e.rollback();
                } catch (Throwable x) {
                    failure.compareAndSet(null, x);
                } finally {
                    running.decrementAndGet();
                }
            }, "family-snapshot-encoder-" + t);
            th.setDaemon(true);
            threads.add(th);
        }
        threads.forEach(Thread::start);
        long n = 0;
        long reported = System.nanoTime();
        try {
            while (failure.get() == null) {
                List<FamilyFacts.Encoded> rows = encoded.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (rows == null) {
                    if (running.get() == 0 && encoded.isEmpty()) {
                        break;
                    }
                    continue;
                }
                n += copy(c, rows);
                if (System.nanoTime() - reported >= 1_000_000_000L) {
                    reported = System.nanoTime();
                    progress.encoded(n, total);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (SQLException | RuntimeException e) {
            failure.compareAndSet(null, e); // the encoders stop
            throw e;
        }
        Throwable f = failure.get();
        if (f != null) {
            if (f instanceof SQLException q) {
                throw q;
            }
            throw new IllegalStateException("family snapshot build failed: " + f, f);
        }
        return n;
    }

    /** Whether the snapshot, as this connection's transaction sees it, can be read (complete, this format). */
    public static boolean usable(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select complete and format = " + FamilyFacts.VERSION
                     + " from family_snapshot_state")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String ids(long[] ids) {
        StringBuilder s = new StringBuilder("'{");
        for (int i = 0; i < ids.length; i++) {
            s.append(i == 0 ? "" : ",").append(ids[i]);
        }
        return s.append("}'::bigint[]").toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static int copy(Connection c, List<FamilyFacts.Encoded> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy family_snapshot from stdin");
        try {
            write(copy, rows);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return rows.size();
    }

    private static int write(CopyIn copy, List<FamilyFacts.Encoded> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 400);
        for (FamilyFacts.Encoded e : rows) {
            text.append(e.familyId()).append("\t\\\\x");
            for (byte b : e.facts()) {
                text.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            text.append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        copy.writeToCopy(bytes, 0, bytes.length);
        return rows.size();
    }

    /**
     * Reads the families of a range as of the decoder's date straight into a population: their snapshot rows, except
     * the families marked stale (written after the last refresh), which are read through {@code slow} (as of the same
     * date, in the caller's transaction). In family-id order.
     */
    static Slice read(Connection c, RegistrySnapshot.Range range, FamilyFactsDecoder decoder, RegistrySnapshot slow)
            throws SQLException {
        long[] staleMarked = markedIn(c, range);
        List<Family> staleFamilies = new ArrayList<>(0);
        for (long id : staleMarked) {
            // a stale id whose family is gone reads as no family
            staleFamilies.addAll(slow.read(c, new RegistrySnapshot.Range(id, id)).families());
        }
        long[] stale = staleIds(staleFamilies);
        // ids are dense: the range's span is about its family count (capped: a sparse range just grows)
        PopulationBuilder b = new PopulationBuilder().expect((int) Math.min(range.to() - range.from() + 1, 1 << 15));
        decoder.into(b);
        int persons = 0;
        int families = 0;
        int next = 0;
        try (CopyRows r = new CopyRows(c, """
                select family_id, facts from family_snapshot where family_id between %d and %d order by family_id"""
                .formatted(range.from(), range.to()))) {
            while (r.next()) {
                long id = r.getLong(0);
                while (next < stale.length && stale[next] < id) {
                    Family f = staleFamilies.get(next++);
                    b.add(f);
                    persons += f.size();
                    families++;
                }
                if (java.util.Arrays.binarySearch(staleMarked, id) >= 0) {
                    continue; // read through the slow path (or gone)
                }
                persons += decoder.feed(id, r.buffer(), r.start(1), r.length(1));
                families++;
            }
        }
        while (next < stale.length) {
            Family f = staleFamilies.get(next++);
            b.add(f);
            persons += f.size();
            families++;
        }
        return new Slice(null, b.build(), families, persons);
    }

    private static long[] staleIds(List<Family> families) {
        long[] ids = new long[families.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Long.parseLong(families.get(i).id());
        }
        return ids;
    }

    private static long[] markedIn(Connection c, RegistrySnapshot.Range range) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select family_id from family_snapshot_stale where family_id between %d and %d order by 1"
                        .formatted(range.from(), range.to()))) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
