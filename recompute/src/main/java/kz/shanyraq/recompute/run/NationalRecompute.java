package kz.shanyraq.recompute.run;

import kz.shanyraq.ingest.coverage.RegistryCoverage;
import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.coverage.CoverageVerdict;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.recompute.registry.MedianIncomeOfTheQuarter;
import kz.shanyraq.recompute.registry.RegistryLaw;
import kz.shanyraq.recompute.registry.FamilySnapshot;
import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.registry.Slice;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Evaluates every family of the registry as of a date and publishes the run.
 *
 * <p>Workers (one per core by default) take family-id slices, read each slice from PostgreSQL (all from one exported
 * snapshot, so the run sees one consistent registry), evaluate its families and hand the encoded result rows to the
 * writer, which COPYs them into the run's own table in a single transaction that also created the table. Only when
 * every family is written are the transitions stored, that transaction committed and the run published; a failure
 * or a kill before that leaves the previously published run as it was.
 */
public final class NationalRecompute {

    /** How a run is carried out. */
    public record Options(int threads, int familiesPerSlice, Consumer<RecomputeProgress> progress,
                          Function<RegistryLaw, FamilyAssessor> assessors, long pausePerSliceMillis,
                          boolean familySnapshot, boolean allowPartial, DistributedEvaluation engine,
                          ResultSink sink) {

        public static Options defaults(LocalDate on) {
            return new Options(Runtime.getRuntime().availableProcessors(), 4_000, p -> { },
                    BatchAssessor.perRun(on), 0, true, false, null, null);
        }

        /** The run as before (this machine's threads), with options without an engine. */
        public Options(int threads, int familiesPerSlice, Consumer<RecomputeProgress> progress,
                       Function<RegistryLaw, FamilyAssessor> assessors, long pausePerSliceMillis,
                       boolean familySnapshot, boolean allowPartial) {
            this(threads, familiesPerSlice, progress, assessors, pausePerSliceMillis, familySnapshot, allowPartial,
                    null, null);
        }

        /** The run with these options and the slices evaluated by {@code engine}, without a sink of its own. */
        public Options(int threads, int familiesPerSlice, Consumer<RecomputeProgress> progress,
                       Function<RegistryLaw, FamilyAssessor> assessors, long pausePerSliceMillis,
                       boolean familySnapshot, boolean allowPartial, DistributedEvaluation engine) {
            this(threads, familiesPerSlice, progress, assessors, pausePerSliceMillis, familySnapshot, allowPartial,
                    engine, null);
        }

        /**
         * The run's results written to {@code s} (the Parquet sink) instead of the registry: nothing is published
         * and no run is recorded; the transitions are still found against the published run. Needs an engine.
         */
        public Options withSink(ResultSink s) {
            return new Options(threads, familiesPerSlice, progress, assessors, pausePerSliceMillis, familySnapshot,
                    allowPartial, engine, s);
        }

        /**
         * Slices evaluated by another engine (Spark) instead of this machine's threads; the run's writer, its
         * transitions and its publication stay here. The engine evaluates with the batch engine: the assessors
         * option does not apply to it.
         */
        public Options withEngine(DistributedEvaluation e) {
            return new Options(threads, familiesPerSlice, progress, assessors, pausePerSliceMillis, familySnapshot,
                    allowPartial, e, sink);
        }

        public Options withThreads(int n) {
            return new Options(Math.max(1, n), familiesPerSlice, progress, assessors, pausePerSliceMillis,
                    familySnapshot, allowPartial, engine, sink);
        }

        public Options withProgress(Consumer<RecomputeProgress> listener) {
            return new Options(threads, familiesPerSlice, Objects.requireNonNull(listener), assessors,
                    pausePerSliceMillis, familySnapshot, allowPartial, engine, sink);
        }

        public Options withAssessors(Function<RegistryLaw, FamilyAssessor> factory) {
            return new Options(threads, familiesPerSlice, progress, Objects.requireNonNull(factory),
                    pausePerSliceMillis, familySnapshot, allowPartial, engine, sink);
        }

        public Options withFamiliesPerSlice(int n) {
            return new Options(threads, Math.max(1, n), progress, assessors, pausePerSliceMillis, familySnapshot,
                    allowPartial, engine, sink);
        }

        /** Test aid: a worker sleeps this long after each slice (to catch a run in the middle). */
        public Options withPausePerSlice(long millis) {
            return new Options(threads, familiesPerSlice, progress, assessors, Math.max(0, millis), familySnapshot,
                    allowPartial, engine, sink);
        }

        /**
         * Whether the run reads the family snapshot (refreshed first; the default) or the registry's tables (the
         * slow path, the reference the snapshot is tested against).
         */
        public Options withFamilySnapshot(boolean use) {
            return new Options(threads, familiesPerSlice, progress, assessors, pausePerSliceMillis, use,
                    allowPartial, engine, sink);
        }

        /**
         * Whether a date the registry's coverage cannot fully serve is evaluated anyway: the measures (and scoring)
         * needing facts outside it are undetermined, and the run records why and how many families per region.
         */
        public Options withAllowPartial(boolean allow) {
            return new Options(threads, familiesPerSlice, progress, assessors, pausePerSliceMillis, familySnapshot,
                    allow, engine);
        }
    }

    /** Result rows of one slice and the transitions found in it, both in COPY text format. */
    private record Chunk(byte[] results, byte[] transitions) {
    }

    private static final Chunk END = new Chunk(new byte[0], new byte[0]);

    private NationalRecompute() {
    }

    public static RunReport run(DataSource dataSource, LocalDate on, Options options) {
        Objects.requireNonNull(on, "on");
        long started = System.nanoTime();
        RegistrySchema.migrate(dataSource);
        try (Connection lock = dataSource.getConnection()) {
            RunLedger.lock(lock);
            try {
                return runLocked(dataSource, lock, on, options, started);
            } finally {
                try (Statement s = lock.createStatement()) {
                    s.execute("select pg_advisory_unlock(" + RunLedger.LOCK + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the recompute failed; the published run is unchanged: " + e.getMessage(), e);
        }
    }

    private static RunReport runLocked(DataSource ds, Connection control, LocalDate on, Options options, long started)
            throws SQLException {
        // What the registry's sources cover, against what an evaluation on the day needs (the law's one rule):
        // refused before anything is written, unless the operator asks for a partial run.
        Coverage coverage = RegistryCoverage.read(control);
        CoverageVerdict verdict = CoverageVerdict.check(coverage, ParameterBook.standard().on(on),
                Measures.all().stream().map(Measure::id).toList());
        if (!verdict.complete() && !options.allowPartial()) {
            throw new RecomputeRefusedException("the registry's data cannot serve a recompute as of " + on + ": "
                    + String.join("; ", verdict.reasons()) + " (registry coverage: " + coverage.describe()
                    + "). Nothing was written; choose a date inside the coverage, or give --allow-partial to publish"
                    + " a run where these measures are undetermined");
        }
        int abandoned = RunLedger.abandonDeadRuns(control);
        // The poverty line of the day rests on the median income of the quarter before: compute it from the
        // registry if nobody has (published with provenance 'computed' before the law is read) — not when those
        // incomes are outside the coverage (АСП is undetermined then, and a median of missing incomes is no figure).
        if (verdict.measure("targeted-social-assistance").isEmpty()) {
            MedianIncomeOfTheQuarter.ensure(ds, on).ifPresent(q -> options.progress().accept(
                    new RecomputeProgress(0, "computed the regional median income of " + q + " from the registry",
                            0, 0, 0, 0)));
        }
        if (options.familySnapshot()) {
            // Before the run's snapshot: families written after this are read through the slow path.
            long buildFrom = System.nanoTime();
            FamilySnapshot.Refresh refresh = FamilySnapshot.refresh(ds, (encoded, of) -> {
                double seconds = (System.nanoTime() - buildFrom) / 1e9;
                options.progress().accept(new RecomputeProgress(0, RecomputeProgress.BUILDING_SNAPSHOT, encoded, of,
                        (System.nanoTime() - started) / 1e9, seconds > 0 ? encoded / seconds : 0));
            });
            options.progress().accept(new RecomputeProgress(0, (refresh.full() ? "family snapshot built: "
                    : "family snapshot refreshed: ") + refresh.families() + " families encoded in "
                    + String.format(java.util.Locale.ROOT, "%.1f", refresh.seconds()) + " s", 0, 0,
                    (System.nanoTime() - started) / 1e9, 0));
        }
        RegistryLaw law = RegistryLaw.read(control);
        FamilyAssessor probe = options.assessors().apply(law);
        long total = RegistrySnapshot.families(control);
        if (options.sink() != null) {
            return toSink(ds, control, law, probe.measures(), on, options, total, started);
        }
        long run = RunLedger.start(control, on, total, law.version(), probe.methodologies(), probe.measures());
        PartialRun.recordGaps(control, run, verdict);
        options.progress().accept(new RecomputeProgress(run, abandoned > 0
                ? "started (" + abandoned + " abandoned run(s) marked failed)" : "started", 0, total, 0, 0));
        try (Connection snapshotHolder = ds.getConnection(); Connection writer = ds.getConnection();
             Connection beat = ds.getConnection()) {
            snapshotHolder.setAutoCommit(false);
            snapshotHolder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = snapshotHolder.createStatement(); ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            List<RegistrySnapshot.Range> slices;
            try (Statement s = snapshotHolder.createStatement()) {
                slices = RegistrySnapshot.slices(snapshotHolder, options.familiesPerSlice());
            }
            boolean fromFamilySnapshot = options.familySnapshot() && FamilySnapshot.usable(snapshotHolder);
            return pipeline(ds, control, writer, beat, snapshot, slices, law, on, options, run, total, started,
                    fromFamilySnapshot);
        } catch (SQLException | RuntimeException | Error e) {
            try {
                RunLedger.fail(control, run, e.getMessage());
            } catch (SQLException ignored) {
                // the connection is gone: the next run marks this one abandoned
            }
            throw e;
        }
    }

    private static RunReport pipeline(DataSource ds, Connection control, Connection writer, Connection beat,
                                      String snapshot, List<RegistrySnapshot.Range> slices, RegistryLaw law,
                                      LocalDate on, Options options, long run, long total, long started,
                                      boolean fromFamilySnapshot) throws SQLException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicLong persons = new AtomicLong();
        AtomicLong readNanos = new AtomicLong();
        AtomicLong evalNanos = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(options.threads() * 2 + 2);
        int threads = Math.min(options.threads(), Math.max(1, slices.size()));
        AtomicInteger running = new AtomicInteger(threads);

        writer.setAutoCommit(false);
        String table = Publication.resultTable(run);
        try (Statement s = writer.createStatement()) {
            // Written once and never changed: nothing for autovacuum to clean, and its scan of 6 M rows would compete
            // with the next run for the cores (wraparound protection still runs). The key is kept while loading: the
            // rows come in nearly id order, and building it after the load was ~4 s with one core idle.
            s.execute("create table " + table + " (like recompute_result_template including all)"
                    + " with (autovacuum_enabled = false)");
            s.execute("alter table " + table + " add primary key (family_id)");
        }
        CopyIn copy = writer.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");

        // Readers (one connection each, all in the exported snapshot) keep PostgreSQL busy; evaluators turn read
        // slices into result rows. The bounded queue between them lets reading of the next slices overlap the
        // evaluation of the previous ones without holding more than a few slices in memory.
        BlockingQueue<Slice> read = new ArrayBlockingQueue<>(threads * 2);
        // Transitions are found against the published run while each family is evaluated; its categories are read
        // with one sequential scan on a connection of their own while the first slices are read.
        Long published = Publication.published(control);
        FutureTask<PreviousCategories> previous = previousCategories(ds, published);
        if (options.engine() != null) {
            return distributed(control, writer, beat, copy, previous, published, snapshot, slices, law, on, options,
                    run, total, started, fromFamilySnapshot);
        }
        AtomicInteger reading = new AtomicInteger(threads);
        List<Thread> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread r = new Thread(() -> {
                try (Connection c = ds.getConnection()) {
                    c.setAutoCommit(false);
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    try (Statement s = c.createStatement()) {
                        s.execute("set transaction snapshot '" + snapshot + "'");
                    }
                    RegistrySnapshot registry = RegistrySnapshot.forLaw(on);
                    int i;
                    while (failure.get() == null && (i = next.getAndIncrement()) < slices.size()) {
                        long t0 = System.nanoTime();
                        RegistrySnapshot.Range range = slices.get(i);
                        Slice item = fromFamilySnapshot ? registry.readFromFamilySnapshot(c, range)
                                : registry.read(c, range);
                        readNanos.addAndGet(System.nanoTime() - t0);
                        while (failure.get() == null && !read.offer(item, 200, TimeUnit.MILLISECONDS)) {
                            // the evaluators are behind: wait, unless the run failed
                        }
                    }
                    c.rollback();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    reading.decrementAndGet();
                }
            }, "recompute-reader-" + t);
            Thread w = new Thread(() -> {
                try {
                    FamilyAssessor assessor = options.assessors().apply(law);
                    ResultRows rows = new ResultRows(run, previous);
                    while (failure.get() == null) {
                        Slice slice = read.poll(200, TimeUnit.MILLISECONDS);
                        if (slice == null) {
                            if (reading.get() == 0 && read.isEmpty()) {
                                // the families evaluated before the published categories arrived
                                rows.finish();
                                Chunk last = new Chunk(new byte[0], rows.takeTransitions());
                                while (failure.get() == null && !queue.offer(last, 200, TimeUnit.MILLISECONDS)) {
                                    // the writer is behind
                                }
                                break;
                            }
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (slice.population() != null) {
                            FamilyOutcome[] outcomes = assessor.assessAll(slice.population());
                            for (int k = 0; k < outcomes.length; k++) {
                                rows.add(slice.population(), k, outcomes[k]);
                            }
                        } else {
                            FamilyOutcome[] outcomes = assessor.assessAll(slice.families());
                            for (int k = 0; k < outcomes.length; k++) {
                                rows.add(slice.families().get(k), outcomes[k]);
                            }
                        }
                        evalNanos.addAndGet(System.nanoTime() - t1);
                        Chunk chunk = new Chunk(rows.take(), rows.takeTransitions());
                        while (failure.get() == null && !queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                            // the writer is behind
                        }
                        done.addAndGet(slice.size());
                        persons.addAndGet(slice.persons());
                        if (options.pausePerSliceMillis() > 0) {
                            Thread.sleep(options.pausePerSliceMillis());
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    if (running.decrementAndGet() == 0) {
                        queue.offer(END);
                    }
                }
            }, "recompute-evaluator-" + t);
            r.setDaemon(true);
            w.setDaemon(true);
            workers.add(r);
            workers.add(w);
        }
        ScheduledExecutorService heart = heartbeat(beat, run, done, persons, total, started, options, failure);

        long writeNanos = 0;
        List<byte[]> transitions = new java.util.ArrayList<>();
        try {
            workers.forEach(Thread::start);
            while (true) {
                Chunk chunk = failure.get() != null ? END : queue.poll(200, TimeUnit.MILLISECONDS);
                if (chunk == null) {
                    if (running.get() == 0 && queue.isEmpty()) {
                        break; // every evaluator ended (the end mark may not have fitted in the queue)
                    }
                    continue;
                }
                if (chunk == END) {
                    break;
                }
                long w0 = System.nanoTime();
                if (chunk.results().length > 0) {
                    copy.writeToCopy(chunk.results(), 0, chunk.results().length);
                }
                if (chunk.transitions().length > 0) {
                    transitions.add(chunk.transitions());
                }
                writeNanos += System.nanoTime() - w0;
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            long w0 = System.nanoTime();
            copy.endCopy();
            writeNanos += System.nanoTime() - w0;
            heart.shutdownNow();
            return commitAndPublish(control, writer, published, transitions, run, on, done.get(), persons.get(),
                    started, readNanos.get() / 1e9, evalNanos.get() / 1e9, writeNanos / 1e9, law, options, total);
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
            heart.shutdownNow();
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            writer.rollback();
            for (Thread w : workers) {
                w.interrupt();
            }
            throw failure(e);
        }
    }

    private static ScheduledExecutorService heartbeat(Connection beat, long run, AtomicLong done, AtomicLong persons,
                                                      long total, long started, Options options,
                                                      AtomicReference<Throwable> failure) {
        ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread h = new Thread(r, "recompute-heartbeat");
            h.setDaemon(true);
            return h;
        });
        long evaluatingFrom = System.nanoTime();
        heart.scheduleAtFixedRate(() -> {
            double seconds = (System.nanoTime() - started) / 1e9;
            double evaluating = (System.nanoTime() - evaluatingFrom) / 1e9;
            long d = done.get();
            // the rate (and so the time left) of the evaluation itself: a snapshot build before it is not evaluating
            double rate = evaluating > 0 ? d / evaluating : 0;
            try {
                RunLedger.heartbeat(beat, run, d, persons.get(), rate);
            } catch (SQLException e) {
                failure.compareAndSet(null, e);
            }
            options.progress().accept(new RecomputeProgress(run, RecomputeProgress.EVALUATING, d, total, seconds, rate));
        }, 1, 1, TimeUnit.SECONDS);
        return heart;
    }

    /**
     * Every family written: the transitions stored, the writer's transaction (the run's table) committed and the run
     * published. Both engines end here.
     */
    private static RunReport commitAndPublish(Connection control, Connection writer, Long published,
                                              List<byte[]> transitions, long run, LocalDate on, long done,
                                              long persons, long started, double readSeconds, double evaluateSeconds,
                                              double writeSeconds, RegistryLaw law, Options options, long total)
            throws SQLException {
        long p0 = System.nanoTime();
        if (published != null) {
            Publication.recordTransitions(writer, run, transitions);
        }
        writer.commit();
        double seconds = (System.nanoTime() - started) / 1e9;
        double publishSeconds = (System.nanoTime() - p0) / 1e9;
        RunReport report = new RunReport(run, on, done, persons, seconds, readSeconds, evaluateSeconds, writeSeconds,
                publishSeconds, law.version());
        long p1 = System.nanoTime();
        java.util.List<RunReport.UndeterminedCount> undetermined = PartialRun.countUndetermined(control, run);
        Publication.publish(control, run, report);
        publishSeconds += (System.nanoTime() - p1) / 1e9;
        seconds = (System.nanoTime() - started) / 1e9;
        report = new RunReport(run, on, done, persons, seconds, report.readSeconds(), report.evaluateSeconds(),
                report.writeSeconds(), publishSeconds, law.version(), PartialRun.gaps(control, run), undetermined);
        Publication.dropOldResults(control);
        options.progress().accept(new RecomputeProgress(run, "published", done, total, seconds,
                report.familiesPerSecond()));
        return report;
    }

    /**
     * The slices evaluated by another engine ({@link Options#withEngine}): it reads them in the exported snapshot,
     * which this transaction keeps alive meanwhile, and hands back each slice's result rows, which are written to
     * the run's table here and compared with the published categories by the same {@link ResultRows}.
     */
    private static RunReport distributed(Connection control, Connection writer, Connection beat, CopyIn copy,
                                         FutureTask<PreviousCategories> previous, Long published, String snapshot,
                                         List<RegistrySnapshot.Range> slices, RegistryLaw law, LocalDate on,
                                         Options options, long run, long total, long started,
                                         boolean fromFamilySnapshot) throws SQLException {
        AtomicLong done = new AtomicLong();
        AtomicLong persons = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ScheduledExecutorService heart = heartbeat(beat, run, done, persons, total, started, options, failure);
        long[] nanos = new long[3];
        List<byte[]> transitions = new java.util.ArrayList<>();
        ResultRows rows = new ResultRows(run, previous);
        try {
            options.engine().evaluate(new DistributedEvaluation.Job(snapshot, slices, on, law.version(),
                    fromFamilySnapshot, run), slice -> {
                if (failure.get() != null) {
                    throw new IllegalStateException(failure.get().getMessage(), failure.get());
                }
                long w0 = System.nanoTime();
                try {
                    if (slice.results().length > 0) {
                        copy.writeToCopy(slice.results(), 0, slice.results().length);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("writing the run's results failed: " + e.getMessage(), e);
                }
                for (int k = 0; k < slice.size(); k++) {
                    rows.transition(slice.family()[k], slice.region()[k], slice.district()[k], slice.category()[k]);
                }
                byte[] t = rows.takeTransitions();
                if (t.length > 0) {
                    transitions.add(t);
                }
                nanos[0] += slice.readNanos();
                nanos[1] += slice.evaluateNanos();
                nanos[2] += System.nanoTime() - w0;
                done.addAndGet(slice.size());
                persons.addAndGet(slice.persons());
            });
            if (failure.get() != null) {
                throw failure.get();
            }
            rows.finish();
            byte[] t = rows.takeTransitions();
            if (t.length > 0) {
                transitions.add(t);
            }
            long w0 = System.nanoTime();
            copy.endCopy();
            nanos[2] += System.nanoTime() - w0;
            heart.shutdownNow();
            return commitAndPublish(control, writer, published, transitions, run, on, done.get(), persons.get(),
                    started, nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9, law, options, total);
        } catch (Throwable e) {
            heart.shutdownNow();
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            writer.rollback();
            throw failure(e);
        }
    }

    /**
     * A run whose results go to a {@link ResultSink} (the Parquet sink) rather than the registry: the same exported
     * snapshot, slices, engine and evaluated slices as {@link #distributed}, the same comparison with the published
     * run's categories ({@link ResultRows}); no run row, no run table, no publication.
     */
    private static RunReport toSink(DataSource ds, Connection control, RegistryLaw law, List<String> measures,
                                    LocalDate on, Options options, long total, long started) throws SQLException {
        if (options.engine() == null) {
            throw new IllegalArgumentException("a results sink other than the registry needs a distributed engine");
        }
        ResultSink sink = options.sink();
        Long published = Publication.published(control);
        FutureTask<PreviousCategories> previous = previousCategories(ds, published);
        options.progress().accept(new RecomputeProgress(0, "started (results to the sink, nothing published)", 0,
                total, (System.nanoTime() - started) / 1e9, 0));
        try (Connection snapshotHolder = ds.getConnection()) {
            snapshotHolder.setAutoCommit(false);
            snapshotHolder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = snapshotHolder.createStatement();
                 ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            List<RegistrySnapshot.Range> slices = RegistrySnapshot.slices(snapshotHolder, options.familiesPerSlice());
            boolean fromFamilySnapshot = options.familySnapshot() && FamilySnapshot.usable(snapshotHolder);
            AtomicLong done = new AtomicLong();
            AtomicLong persons = new AtomicLong();
            long[] nanos = new long[3];
            ResultRows rows = new ResultRows(0, previous);
            long evaluatingFrom = System.nanoTime();
            long[] lastProgress = {evaluatingFrom};
            try {
                sink.open(on, law.version(), measures, published);
                options.engine().evaluate(new DistributedEvaluation.Job(snapshot, slices, on, law.version(),
                        fromFamilySnapshot, 0), slice -> {
                    long w0 = System.nanoTime();
                    try {
                        sink.results(slice);
                        for (int k = 0; k < slice.size(); k++) {
                            rows.transition(slice.family()[k], slice.region()[k], slice.district()[k],
                                    slice.category()[k]);
                        }
                        byte[] t = rows.takeTransitions();
                        if (t.length > 0) {
                            sink.transitions(t);
                        }
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException("writing the run's results failed: " + e.getMessage(), e);
                    }
                    nanos[0] += slice.readNanos();
                    nanos[1] += slice.evaluateNanos();
                    nanos[2] += System.nanoTime() - w0;
                    done.addAndGet(slice.size());
                    persons.addAndGet(slice.persons());
                    if (System.nanoTime() - lastProgress[0] > 1_000_000_000L) { // as the heartbeat: once a second
                        lastProgress[0] = System.nanoTime();
                        double evaluating = (lastProgress[0] - evaluatingFrom) / 1e9;
                        options.progress().accept(new RecomputeProgress(0, RecomputeProgress.EVALUATING, done.get(),
                                total, (lastProgress[0] - started) / 1e9, done.get() / evaluating));
                    }
                });
                rows.finish();
                long w0 = System.nanoTime();
                byte[] t = rows.takeTransitions();
                if (t.length > 0) {
                    sink.transitions(t);
                }
                sink.close(done.get(), persons.get());
                nanos[2] += System.nanoTime() - w0;
            } catch (Throwable e) {
                sink.abort(e);
                throw failure(e);
            } finally {
                snapshotHolder.rollback();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            RunReport report = new RunReport(0, on, done.get(), persons.get(), seconds, nanos[0] / 1e9,
                    nanos[1] / 1e9, nanos[2] / 1e9, 0, law.version());
            options.progress().accept(new RecomputeProgress(0, "written to the sink", done.get(), total, seconds,
                    report.familiesPerSecond()));
            return report;
        }
    }

    /**
     * Result rows in COPY text format, one slice at a time, and the transitions of the slice's families against the
     * published run's categories ({@link Publication#recordTransitions}: family, region, district, from, to; only
     * families whose category changed, a family new or unscored before counting as having none). The published
     * categories are read in the background while the run starts; families evaluated before they are there wait,
     * compactly, and are compared when they arrive (at the latest in {@link #finish}).
     */
    static final class ResultRows {
        private final long run;
        private final CopyText text = new CopyText(1 << 18);
        private final CopyText transitions = new CopyText(1 << 10);
        private final Future<PreviousCategories> published;
        private PreviousCategories previous;
        private long[] pendingFamily = new long[0];
        private byte[] pendingTo = new byte[0];
        private String[] pendingRegion = new String[0];
        private String[] pendingDistrict = new String[0];
        private int pending;

        /** {@code published}: the published run's categories (null: no run is published, no transitions). */
        ResultRows(long run, Future<PreviousCategories> published) {
            this.run = run;
            this.published = published;
        }

        void add(Family f, FamilyOutcome o) {
            text.code(f.id()).tab().code(f.region()).tab().code(f.district()).tab().number(f.size()).tab();
            outcome(o);
            transition(Long.parseLong(f.id()), f.region(), f.district(), o);
        }

        void add(kz.shanyraq.law.batch.Population p, int f, FamilyOutcome o) {
            long id = p.familyNumber(f);
            if (id < 0) {
                throw new IllegalStateException("family id '" + p.familyId(f) + "' is not a registry id");
            }
            text.number(id).tab().code(p.region(f)).tab().code(p.district(f)).tab().number(p.memberCount(f)).tab();
            outcome(o);
            transition(id, p.region(f), p.district(f), o);
        }

        void transition(long family, String region, String district, FamilyOutcome o) {
            transition(family, region, district, categoryOf(o));
        }

        /** The category a run stores for a family: 1–6, or {@link PreviousCategories#NONE} when not scored. */
        static int categoryOf(FamilyOutcome o) {
            return o.category() == null ? PreviousCategories.NONE : o.category();
        }

        /** A family's category {@code to} (1–6 or {@link PreviousCategories#NONE}) against the published run's. */
        void transition(long family, String region, String district, int to) {
            if (published == null) {
                return;
            }
            if (previous == null && published.isDone()) {
                arrived();
            }
            if (previous == null) {
                if (pending == pendingFamily.length) {
                    int size = Math.max(1024, pending * 2);
                    pendingFamily = Arrays.copyOf(pendingFamily, size);
                    pendingTo = Arrays.copyOf(pendingTo, size);
                    pendingRegion = Arrays.copyOf(pendingRegion, size);
                    pendingDistrict = Arrays.copyOf(pendingDistrict, size);
                }
                pendingFamily[pending] = family;
                pendingTo[pending] = (byte) to;
                pendingRegion[pending] = region;
                pendingDistrict[pending] = district;
                pending++;
                return;
            }
            compare(family, region, district, to);
        }

        /** Waits for the published categories and compares the families still waiting for them. */
        void finish() throws InterruptedException {
            if (published != null && previous == null) {
                arrived();
            }
        }

        private void arrived() {
            try {
                previous = published.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the published run's categories", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("reading the published run's categories failed: "
                        + e.getCause().getMessage(), e.getCause());
            }
            for (int i = 0; i < pending; i++) {
                compare(pendingFamily[i], pendingRegion[i], pendingDistrict[i], pendingTo[i]);
            }
            pending = 0;
            pendingFamily = new long[0];
            pendingTo = new byte[0];
            pendingRegion = new String[0];
            pendingDistrict = new String[0];
        }

        private void compare(long family, String region, String district, int to) {
            int from = previous.of(family);
            if (from == to) {
                return;
            }
            transitions.number(run).tab().number(family).tab().code(region).tab().code(district).tab();
            if (from == PreviousCategories.NONE) {
                transitions.nul();
            } else {
                transitions.number(from);
            }
            transitions.tab();
            if (to == PreviousCategories.NONE) {
                transitions.nul();
            } else {
                transitions.number(to);
            }
            transitions.end();
        }

        /** The transitions found since the last call, in COPY text format (empty when none). */
        byte[] takeTransitions() {
            return transitions.take();
        }

        private void outcome(FamilyOutcome o) {
            if (o.category() == null) {
                text.nul();
            } else {
                text.number(o.category());
            }
            text.tab().code(o.level2023()).tab().array(o.entitled()).tab().array(o.amounts()).tab()
                    .array(o.undetermined()).end();
        }

        byte[] take() {
            return text.take();
        }
    }

    /**
     * The published run's categories, read on a connection and a thread of their own while the first slices are read
     * ({@code null} when no run is published): what every family's transition is found against.
     */
    private static FutureTask<PreviousCategories> previousCategories(DataSource ds, Long published) {
        if (published == null) {
            return null;
        }
        FutureTask<PreviousCategories> previous = new FutureTask<>(() -> {
            try (Connection c = ds.getConnection()) {
                return PreviousCategories.read(c, Publication.resultTable(published));
            }
        });
        Thread loader = new Thread(previous, "recompute-published-categories");
        loader.setDaemon(true);
        loader.start();
        return previous;
    }

    /** Throws a failure as it came (SQL, runtime, error); any other is returned wrapped, for the caller to throw. */
    private static IllegalStateException failure(Throwable e) throws SQLException {
        if (e instanceof SQLException s) {
            throw s;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e.getMessage(), e);
    }
}
