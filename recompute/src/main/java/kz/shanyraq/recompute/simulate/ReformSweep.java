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
import kz.shanyraq.recompute.run.DistributedEngines;
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
 * Many variants of one reform evaluated on every family in the same pass: the reform file names a value
 * {@code ${KEY}} and a sweep {@code KEY=from:to:step} gives it each value in turn (each variant read by
 * {@link Reform#read}, so each is checked as a single reform is). Per slice the population is built once, the law as
 * it is evaluated once and each variant once; per variant {@link LawChangeSimulation}'s own {@code Tally} is kept
 * (one definition: totals, measures, regions, categories, household types, poverty, deciles), merged across tasks. The
 * deciles take two passes: the first finds the bounds of the income deciles (incomes as the law as it is scores them,
 * never gathered on the driver: {@link DistributedEngines.Engine#decileBounds}), the second counts each family in its
 * decile for every variant.
 */
public final class ReformSweep {

    /**
     * What a task needs: the exported snapshot, its slices, the date, the law's version, the variants' YAML and the
     * bounds of the income deciles (null in the first pass, which finds them).
     */
    public record Job(String snapshot, List<RegistrySnapshot.Range> slices, LocalDate on, String lawVersion,
                      boolean fromFamilySnapshot, List<String> variants, long[] decileBounds) implements Serializable {
        public Job {
            slices = List.copyOf(slices);
            variants = List.copyOf(variants);
        }

        /** The second pass: the same job with the deciles' bounds. */
        public Job withDecileBounds(long[] bounds) {
            return new Job(snapshot, slices, on, lawVersion, fromFamilySnapshot, variants, bounds.clone());
        }
    }

    /** One variant's outcome over the registry. */
    public record Point(String value, long families, long persons, long costBefore, long costAfter, long gainers,
                        long losers) {
        static Point of(String value, SimulationResult r) {
            SimulationResult.Change c = r.total();
            return new Point(value, r.families(), r.persons(), c.totalBefore(), c.totalAfter(), c.gainers(), c.losers());
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

    /** Each variant's tally merged into the first's (the tallies of other families: another task's). */
    public static LawChangeSimulation.Tally[] merge(LawChangeSimulation.Tally[] into,
                                                    LawChangeSimulation.Tally[] from) {
        for (int v = 0; v < into.length; v++) {
            into[v].merge(from[v]);
        }
        return into;
    }

    /** Empty tallies, one per variant, for the job's measures and decile bounds (the fold's start). */
    public static LawChangeSimulation.Tally[] empty(Job job, List<String> measures) {
        LawChangeSimulation.Tally[] out = new LawChangeSimulation.Tally[job.variants().size()];
        for (int v = 0; v < out.length; v++) {
            out[v] = LawChangeSimulation.Tally.of(measures, job.decileBounds());
        }
        return out;
    }

    /** The points of the sweep, in the values' order. */
    public static List<Point> points(List<String> values, List<SimulationResult> results) {
        List<Point> out = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            out.add(Point.of(values.get(v), results.get(v)));
        }
        return out;
    }

    /**
     * Runs the sweep on the engine: every variant checked here first (an invalid one is refused before any work:
     * {@link kz.shanyraq.law.parameter.ParameterFileException}), then the registry's slices, read by the engine's
     * tasks in one exported snapshot that this transaction keeps alive, in two passes (the deciles' bounds, then
     * every variant's tally). Reads only. Each variant's result is the in-process simulation's but its examples.
     */
    public static List<SimulationResult> run(javax.sql.DataSource ds, LocalDate on, List<String> variants,
                                             DistributedEngines.Engine engine) throws Exception {
        long started = System.nanoTime();
        try (Connection control = ds.getConnection()) {
            RegistryLaw law = RegistryLaw.read(control);
            List<Reform> reforms = new ArrayList<>();
            for (String yaml : variants) {
                reforms.add(Reform.read("reform.yaml", yaml, law.book()));
            }
            List<String> measures = ENGINES.computeIfAbsent(on + "/" + law.version() + "/",
                    k -> BatchEvaluator.compile(law.book(), on, law.coverage())).measures();
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
            LawChangeSimulation.Tally[] tallies;
            try {
                Job job = new Job(snapshot, slices, on, law.version(), fromFamilySnapshot, variants, null);
                tallies = engine.sweep(job.withDecileBounds(engine.decileBounds(job)), measures);
            } finally {
                control.rollback();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<SimulationResult> out = new ArrayList<>();
            for (int v = 0; v < tallies.length; v++) {
                out.add(tallies[v].result(on, reforms.get(v), measures, seconds, List.of()));
            }
            return out;
        }
    }

    /** The variants' sums over some of the job's slices, read on a connection put in the job's snapshot. */
    public static final class Slices implements AutoCloseable {
        private final Job job;
        private final Connection connection;
        private final RegistrySnapshot registry;
        private final BatchEvaluator law;
        private final BatchAssessor before;
        private final BatchAssessor[] after;
        private final LawChangeSimulation.Tally[] tallies;

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
                this.law = ENGINES.computeIfAbsent(key, k -> BatchEvaluator.compile(law.book(), job.on(),
                        law.coverage()));
                before = new BatchAssessor(this.law, law.book());
                after = new BatchAssessor[job.variants().size()];
                for (int v = 0; v < after.length; v++) {
                    String yaml = job.variants().get(v);
                    ParameterBook reformed = law.reformed(Reform.read("reform.yaml", yaml, law.book()));
                    after[v] = new BatchAssessor(ENGINES.computeIfAbsent(key + yaml, k -> BatchEvaluator.compile(
                            reformed, job.on(), law.coverage())), reformed);
                }
                registry = RegistrySnapshot.forLaw(job.on());
                tallies = job.decileBounds() == null ? null : empty(job, this.law.measures());
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        private Population population(RegistrySnapshot.Range range) throws SQLException {
            Slice slice = job.fromFamilySnapshot() ? registry.readFromFamilySnapshot(connection, range)
                    : registry.read(connection, range);
            Population p = slice.population();
            if (p == null) {
                PopulationBuilder b = new PopulationBuilder();
                slice.families().forEach(b::add);
                p = b.build();
            }
            return p;
        }

        /**
         * The first pass: the slice's measured per-capita incomes (as the law as it is scores the families:
         * {@code LawChangeSimulation.Tally.income}), whose deciles' bounds the second pass counts by.
         */
        public long[] incomes(RegistrySnapshot.Range range) throws SQLException {
            Population p = population(range);
            long[] out = new long[p.size()];
            int n = 0;
            for (int f = 0; f < p.size(); f++) {
                long income = LawChangeSimulation.Tally.income(law.wellbeingFeatures(p, f));
                if (income >= 0) {
                    out[n++] = income;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }

        /** The second pass: adds one slice's families to every variant's tally. */
        public void add(RegistrySnapshot.Range range) throws SQLException {
            if (tallies == null) {
                throw new IllegalStateException("the sweep's second pass needs the deciles' bounds");
            }
            Population p = population(range);
            FamilyOutcome[] base = before.assessAll(p);
            long[][] features = new long[p.size()][];
            for (int f = 0; f < features.length; f++) {
                features[f] = law.wellbeingFeatures(p, f);
            }
            for (int v = 0; v < after.length; v++) {
                tallies[v].add(p, features, base, after[v].assessAll(p));
            }
        }

        /** Every variant's tally of the slices added. */
        public LawChangeSimulation.Tally[] tallies() {
            return tallies;
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
