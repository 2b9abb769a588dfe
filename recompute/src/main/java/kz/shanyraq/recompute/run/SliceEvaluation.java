package kz.shanyraq.recompute.run;

import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.recompute.registry.FamilySnapshot;
import kz.shanyraq.recompute.registry.RegistryLaw;
import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.registry.Slice;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The recompute's work on one slice, for an engine that runs it away from the run's writer (a Spark task): read the
 * slice in the run's exported snapshot (the population's columns built from the family snapshot, the same reader
 * the in-process run uses), evaluate it with the run's assessor (the law's batch engine) and encode the result rows
 * as the run table takes them. One instance per task; not thread-safe.
 */
public final class SliceEvaluation implements AutoCloseable {

    /** The batch engine compiled once per JVM (executor) per date and law version, shared by its tasks. */
    private static final Map<String, Function<RegistryLaw, FamilyAssessor>> ENGINES = new ConcurrentHashMap<>();

    private final DistributedEvaluation.Job job;
    private final Connection connection;
    private final RegistrySnapshot registry;
    private final FamilyAssessor assessor;
    private final NationalRecompute.ResultRows rows;

    /**
     * Puts the connection (taken over: closed with this) in the job's snapshot and reads the law there (it must be
     * the writer's).
     */
    public SliceEvaluation(DistributedEvaluation.Job job, Connection connection) throws SQLException {
        this.job = job;
        this.connection = connection;
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement s = connection.createStatement()) {
                s.execute("set transaction snapshot '" + job.snapshot() + "'");
            }
            if (job.fromFamilySnapshot() && !FamilySnapshot.usable(connection)) {
                throw new IllegalStateException("the family snapshot is not usable in the run's snapshot");
            }
            RegistryLaw law = RegistryLaw.read(connection);
            if (!law.version().equals(job.lawVersion())) {
                throw new IllegalStateException("the task read law " + law.version() + ", the run " + job.lawVersion());
            }
            this.assessor = ENGINES.computeIfAbsent(job.on() + "/" + job.lawVersion(),
                    k -> BatchAssessor.perRun(job.on())).apply(law);
            this.registry = RegistrySnapshot.forLaw(job.on());
            this.rows = new NationalRecompute.ResultRows(job.run(), null);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The measures of the run, in the order the result rows' indexes refer to. */
    public FamilyAssessor assessor() {
        return assessor;
    }

    public EvaluatedSlice evaluate(RegistrySnapshot.Range range) throws SQLException {
        long t0 = System.nanoTime();
        Slice slice = job.fromFamilySnapshot() ? registry.readFromFamilySnapshot(connection, range)
                : registry.read(connection, range);
        return evaluate(slice, System.nanoTime() - t0);
    }

    /**
     * A slice read elsewhere (the rows of a columnar snapshot decoded by the task: {@code ColumnarSnapshot.Decoder}),
     * evaluated and encoded as {@link #evaluate(RegistrySnapshot.Range)} does; {@code readNanos}: what reading it took.
     */
    public EvaluatedSlice evaluate(Slice slice, long readNanos) {
        long t1 = System.nanoTime();
        int n = slice.size();
        long[] family = new long[n];
        byte[] category = new byte[n];
        String[] region = new String[n];
        String[] district = new String[n];
        Population p = slice.population();
        FamilyOutcome[] outcomes = p != null ? assessor.assessAll(p) : assessor.assessAll(slice.families());
        for (int k = 0; k < n; k++) {
            if (p != null) {
                rows.add(p, k, outcomes[k]);
                family[k] = p.familyNumber(k);
                region[k] = p.region(k);
                district[k] = p.district(k);
            } else {
                Family f = slice.families().get(k);
                rows.add(f, outcomes[k]);
                family[k] = Long.parseLong(f.id());
                region[k] = f.region();
                district[k] = f.district();
            }
            category[k] = (byte) NationalRecompute.ResultRows.categoryOf(outcomes[k]);
        }
        long t2 = System.nanoTime();
        return new EvaluatedSlice(rows.take(), family, category, region, district, n, slice.persons(), readNanos, t2 - t1);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }

    /** The date of the job (for callers that label their output). */
    public LocalDate on() {
        return job.on();
    }
}
