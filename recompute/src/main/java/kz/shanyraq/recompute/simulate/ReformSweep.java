package kz.shanyraq.recompute.simulate;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.Reform;
import kz.shanyraq.recompute.registry.FamilySnapshot;
import kz.shanyraq.recompute.registry.RegistryLaw;
import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.registry.Slice;
import kz.shanyraq.recompute.run.BatchAssessor;
import kz.shanyraq.recompute.run.FamilyOutcome;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many variants of one reform evaluated on every family in one pass: the reform file names a value
 * {@code ${KEY}} and a sweep {@code KEY=from:to:step} gives it each value in turn (each variant read by
 * {@link Reform#read}, so each is checked as a single reform is). Per slice the population is built once, the law as
 * it is evaluated once and each variant once; per variant the sums of {@link LawChangeSimulation}'s change (families,
 * gainers, losers, cost before and after: {@code Tally.count}, one definition) are kept.
 */
public final class ReformSweep {

    /** The sums {@code LawChangeSimulation.Tally.count} keeps (its {@code CHANGE} layout). */
    public static final int SUMS = LawChangeSimulation.Tally.CHANGE;

    /** What a task needs: the exported snapshot, its slices, the date, the law's version and the variants' YAML. */
    public record Job(String snapshot, List<RegistrySnapshot.Range> slices, LocalDate on, String lawVersion,
                      boolean fromFamilySnapshot, List<String> variants) implements Serializable {
        public Job {
            slices = List.copyOf(slices);
            variants = List.copyOf(variants);
        }
    }

    /** One variant's outcome over the registry. */
    public record Point(String value, long families, long persons, long costBefore, long costAfter, long gainers,
                        long losers) {
        static Point of(String value, long[] c) {
            return new Point(value, c[0], c[1], c[10], c[11], c[2], c[4]);
        }
    }

    private static final Pattern SWEEP = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)=([-0-9.]+):([-0-9.]+):([0-9.]+)");
    /** Compiled engines per JVM (a Spark executor), by date, law version and reform text. */
    private static final Map<String, BatchEvaluator> ENGINES = new ConcurrentHashMap<>();

    private ReformSweep() {
    }

    /** The sweep's key and its values, from {@code KEY=from:to:step} (from ≤ to, step > 0, at most 1 000 values). */
    public static Map.Entry<String, List<String>> values(String sweep) {
        Matcher m = SWEEP.matcher(sweep);
        if (!m.matches()) {
            throw new IllegalArgumentException("--sweep must be KEY=from:to:step, e.g. share=0.30:0.79:0.01, not '"
                    + sweep + "'");
        }
        BigDecimal from = new BigDecimal(m.group(2));
        BigDecimal to = new BigDecimal(m.group(3));
        BigDecimal step = new BigDecimal(m.group(4));
        if (step.signum() <= 0 || from.compareTo(to) > 0) {
            throw new IllegalArgumentException("--sweep: from must not exceed to and step must be positive, not '"
                    + sweep + "'");
        }
        List<String> out = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            out.add(v.toPlainString());
            if (out.size() > 1_000) {
                throw new IllegalArgumentException("--sweep: more than 1 000 values");
            }
        }
        return Map.entry(m.group(1), out);
    }

    /** The reform text with {@code ${key}} replaced by the value; the text must name the key. */
    public static String variant(String yaml, String key, String value) {
        String mark = "${" + key + "}";
        if (!yaml.contains(mark)) {
            throw new IllegalArgumentException("--sweep: the reform file does not contain " + mark);
        }
        return yaml.replace(mark, value);
    }

    /** Each variant's sums merged into the first. */
    public static long[][] merge(long[][] into, long[][] from) {
        for (int v = 0; v < into.length; v++) {
            for (int i = 0; i < SUMS; i++) {
                into[v][i] += from[v][i];
            }
        }
        return into;
    }

    /** The points of the sweep, in the values' order. */
    public static List<Point> points(List<String> values, long[][] sums) {
        List<Point> out = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            out.add(Point.of(values.get(v), sums[v]));
        }
        return out;
    }

    /**
     * Runs the sweep on the engine: every variant checked here first (an invalid one is refused before any work:
     * {@link kz.shanyraq.law.parameter.ParameterFileException}), then the registry's slices, read by the engine's
     * tasks in one exported snapshot that this transaction keeps alive. Reads only.
     */
    public static long[][] run(javax.sql.DataSource ds, LocalDate on, List<String> variants,
                               kz.shanyraq.recompute.run.DistributedEngines.Engine engine) throws Exception {
        try (Connection control = ds.getConnection()) {
            RegistryLaw law = RegistryLaw.read(control);
            for (String yaml : variants) {
                Reform.read("reform.yaml", yaml, law.book());
            }
            control.setAutoCommit(false);
            control.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = control.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            List<RegistrySnapshot.Range> slices = RegistrySnapshot.slices(control, LawChangeSimulation.SLICE);
            boolean fromFamilySnapshot = FamilySnapshot.usable(control);
            try {
                return engine.sweep(new Job(snapshot, slices, on, law.version(), fromFamilySnapshot, variants));
            } finally {
                control.rollback();
            }
        }
    }

    /** The variants' sums over some of the job's slices, read on a connection put in the job's snapshot. */
    public static final class Slices implements AutoCloseable {
        private final Job job;
        private final Connection connection;
        private final RegistrySnapshot registry;
        private final BatchAssessor before;
        private final BatchAssessor[] after;
        private final long[][] sums;

        /** Takes the connection over (closed with this). */
        public Slices(Job job, Connection connection) throws SQLException {
            this.job = job;
            this.connection = connection;
            try {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try (Statement s = connection.createStatement()) {
                    s.execute("set transaction snapshot '" + job.snapshot() + "'");
                }
                if (job.fromFamilySnapshot() && !FamilySnapshot.usable(connection)) {
                    throw new IllegalStateException("the family snapshot is not usable in the sweep's snapshot");
                }
                RegistryLaw law = RegistryLaw.read(connection);
                if (!law.version().equals(job.lawVersion())) {
                    throw new IllegalStateException("the task read law " + law.version() + ", the sweep "
                            + job.lawVersion());
                }
                String key = job.on() + "/" + law.version() + "/";
                before = new BatchAssessor(ENGINES.computeIfAbsent(key, k -> BatchEvaluator.compile(law.book(),
                        job.on(), law.coverage())), law.book());
                after = new BatchAssessor[job.variants().size()];
                for (int v = 0; v < after.length; v++) {
                    String yaml = job.variants().get(v);
                    ParameterBook reformed = law.reformed(Reform.read("reform.yaml", yaml, law.book()));
                    after[v] = new BatchAssessor(ENGINES.computeIfAbsent(key + yaml, k -> BatchEvaluator.compile(
                            reformed, job.on(), law.coverage())), reformed);
                }
                registry = RegistrySnapshot.forLaw(job.on());
                sums = new long[after.length][SUMS];
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        /** Adds one slice's families to every variant's sums. */
        public void add(RegistrySnapshot.Range range) throws SQLException {
            Slice slice = job.fromFamilySnapshot() ? registry.readFromFamilySnapshot(connection, range)
                    : registry.read(connection, range);
            Population p = slice.population();
            if (p == null) {
                PopulationBuilder b = new PopulationBuilder();
                slice.families().forEach(b::add);
                p = b.build();
            }
            FamilyOutcome[] base = before.assessAll(p);
            long[] b = new long[p.size()];
            // (Tally.sum also counts per measure: scratch arrays here, only the family's sum is kept)
            long[] families = new long[before.measures().size()];
            long[] amounts = new long[families.length];
            for (int f = 0; f < b.length; f++) {
                b[f] = LawChangeSimulation.Tally.sum(base[f], families, amounts);
            }
            for (int v = 0; v < after.length; v++) {
                FamilyOutcome[] alt = after[v].assessAll(p);
                for (int f = 0; f < b.length; f++) {
                    long a = LawChangeSimulation.Tally.sum(alt[f], families, amounts);
                    LawChangeSimulation.Tally.count(sums[v], p.memberCount(f), b[f], a, a - b[f]);
                }
            }
        }

        public long[][] sums() {
            return sums;
        }

        @Override
        public void close() throws SQLException {
            try {
                connection.rollback();
            } finally {
                connection.close();
            }
        }
    }
}
