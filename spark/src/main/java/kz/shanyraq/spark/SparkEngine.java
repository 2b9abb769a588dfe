package kz.shanyraq.spark;

import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.run.EvaluatedSlice;
import kz.shanyraq.recompute.simulate.LawChangeSimulation;
import kz.shanyraq.recompute.simulate.ReformSweep;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The national recompute's slices evaluated by Spark: the slices (family-id ranges of the registry) become an RDD's
 * partitions, a few slices each; every task connects to the registry, joins the run's exported snapshot and reads
 * and evaluates its slices with the recompute's own code ({@link EvaluatePartition}, {@code SliceEvaluation}). The
 * evaluated slices come back to the driver in waves of partitions, several waves queued at once so the executors
 * never wait for the driver's writing, and are written, compared and published by {@code NationalRecompute}.
 */
public final class SparkEngine implements DistributedEngines.Engine {

    /** Slices per partition: a task's results stay small (4 000 families a slice, about 100 bytes a family). */
    static final int SLICES_PER_PARTITION = 4;
    /** Waves (Spark jobs) queued at once. */
    private static final int WAVES_AHEAD = 3;

    private final SparkSession spark;
    private final JavaSparkContext context;
    private final DistributedEngines.Registry registry;
    private final DistributedEngines.Source source;

    SparkEngine(SparkSession spark, DistributedEngines.Registry registry, DistributedEngines.Source source) {
        this.spark = spark;
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.registry = registry;
        this.source = source;
    }

    /** The provider found by the recompute ({@code --engine spark}). */
    public static final class Provider implements DistributedEngines.Provider {
        @Override
        public String name() {
            return "spark";
        }

        @Override
        public DistributedEngines.Engine open(String master, List<String> settings, DistributedEngines.Registry registry,
                                              DistributedEngines.Source source) {
            return new SparkEngine(Sessions.open("shanyraq-recompute", master, settings), registry, source);
        }
    }

    @Override
    public void evaluate(Job job, Consumer<EvaluatedSlice> sink) throws Exception {
        List<RegistrySnapshot.Range> slices = job.slices();
        if (slices.isEmpty()) {
            return;
        }
        JavaRDD<EvaluatedSlice> evaluated;
        if (source.isRegistry()) {
            int partitions = (slices.size() + SLICES_PER_PARTITION - 1) / SLICES_PER_PARTITION;
            evaluated = context.parallelize(slices, partitions).mapPartitions(new EvaluatePartition(job, registry));
        } else {
            evaluated = fromParquet(job);
        }
        int partitions = evaluated.getNumPartitions();
        int wave = Math.max(1, context.defaultParallelism());
        ExecutorService jobs = Executors.newFixedThreadPool(WAVES_AHEAD, r -> {
            Thread t = new Thread(r, "recompute-spark-wave");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<EvaluatedSlice>[]>> waves = new ArrayList<>();
            for (int from = 0; from < partitions; from += wave) {
                int[] ids = new int[Math.min(wave, partitions - from)];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = from + i;
                }
                waves.add(null);
                int at = waves.size() - 1;
                waves.set(at, jobs.submit(() -> evaluated.collectPartitions(ids)));
            }
            for (int i = 0; i < waves.size(); i++) {
                List<EvaluatedSlice>[] done = waves.get(i).get();
                waves.set(i, null);
                for (List<EvaluatedSlice> partition : done) {
                    for (EvaluatedSlice s : partition) {
                        sink.accept(s);
                    }
                }
            }
        } finally {
            jobs.shutdownNow();
        }
    }

    /**
     * The run's families from an exported Parquet snapshot (checked: the decoder's format, the run's date): Spark's
     * file splits become the partitions (a split of about 16 MB, some 40 000 families, unless
     * {@code spark.sql.files.maxPartitionBytes} is set), each decoded and evaluated in slices of the run's size.
     */
    private JavaRDD<EvaluatedSlice> fromParquet(Job job) throws java.io.IOException {
        ParquetSnapshot.readFor(spark, source.parquet(), job.on());
        if (spark.sparkContext().getConf().getOption("spark.sql.files.maxPartitionBytes").isEmpty()) {
            spark.conf().set("spark.sql.files.maxPartitionBytes", "16m");
        }
        RegistrySnapshot.Range first = job.slices().get(0);
        int perSlice = (int) Math.max(1, Math.min(1 << 15, first.to() - first.from() + 1));
        return spark.read().schema(ParquetSnapshot.SCHEMA).parquet(source.parquet() + "/" + ParquetSnapshot.FAMILIES)
                .javaRDD().mapPartitions(new EvaluateParquetPartition(job, registry, perSlice));
    }

    /**
     * The sweep's first pass: every family's measured income from the law as it is, computed by the tasks and kept on
     * the executors (persisted, memory then disk), counted, sorted by Spark and looked up at the deciles' start ranks
     * ({@code LawChangeSimulation.Tally.decileBounds}: only those few values, and the smallest income above a tied
     * one, come to the driver).
     */
    @Override
    public long[] decileBounds(ReformSweep.Job job) {
        if (!source.isRegistry()) {
            throw new IllegalArgumentException("a sweep reads the registry (--source parquet is the recompute's)");
        }
        List<RegistrySnapshot.Range> slices = job.slices();
        if (slices.isEmpty()) {
            return LawChangeSimulation.Tally.decileBounds(0, i -> 0, u -> Long.MAX_VALUE);
        }
        int partitions = (slices.size() + SLICES_PER_PARTITION - 1) / SLICES_PER_PARTITION;
        JavaRDD<Long> incomes = context.parallelize(slices, partitions)
                .mapPartitions(new IncomePartition(job, registry))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            long known = incomes.count();
            java.util.Set<Long> wanted = new java.util.HashSet<>();
            for (long r : LawChangeSimulation.Tally.decileStartRanks(known)) {
                if (r < known) {
                    wanted.add(r);
                    if (r > 0) {
                        wanted.add(r - 1);
                    }
                }
            }
            java.util.Map<Long, Long> at = new java.util.HashMap<>();
            if (!wanted.isEmpty()) {
                incomes.sortBy(x -> x, true, incomes.getNumPartitions()).zipWithIndex()
                        .filter(t -> wanted.contains(t._2())).collect()
                        .forEach(t -> at.put(t._2(), t._1()));
            }
            return LawChangeSimulation.Tally.decileBounds(known, at::get,
                    u -> incomes.filter(x -> x > u).fold(Long.MAX_VALUE, Math::min));
        } finally {
            incomes.unpersist(false);
        }
    }

    /**
     * The sweep's second pass in one Spark job: a partition's tasks read each slice once, build its population once,
     * and add it to every variant's tally ({@link SweepPartition}); the partitions' tallies are merged on the way to
     * the driver (each a few kilobytes: sums per measure, region, category, household type and decile).
     */
    @Override
    public LawChangeSimulation.Tally[] sweep(ReformSweep.Job job, List<String> measures) {
        if (!source.isRegistry()) {
            throw new IllegalArgumentException("a sweep reads the registry (--source parquet is the recompute's)");
        }
        List<RegistrySnapshot.Range> slices = job.slices();
        LawChangeSimulation.Tally[] zero = ReformSweep.empty(job, measures);
        if (slices.isEmpty()) {
            return zero;
        }
        int partitions = (slices.size() + SLICES_PER_PARTITION - 1) / SLICES_PER_PARTITION;
        return context.parallelize(slices, partitions).mapPartitions(new SweepPartition(job, registry))
                .fold(zero, ReformSweep::merge);
    }

    /** The Parquet sink ({@link ParquetResults}): the run's rows written by this engine's session. */
    @Override
    public kz.shanyraq.recompute.run.ResultSink parquetSink(String dir) {
        return new ParquetResults(spark, dir);
    }

    @Override
    public void close() {
        spark.stop();
    }
}
