package kz.shanyraq.recompute.run;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Engines that evaluate a run's slices away from this JVM's threads (the {@code spark} module provides one), found on
 * the class path: the recompute module does not depend on them.
 */
public final class DistributedEngines {

    /** Where the engine's tasks find the registry (they connect themselves; a data source does not travel). */
    public record Registry(String jdbcUrl, String user, String password) implements java.io.Serializable {
        @Override
        public String toString() {
            return "Registry[" + jdbcUrl.replaceAll("\\?.*$", "") + "]"; // never the password
        }
    }

    /** An engine by name. */
    public interface Provider {
        String name();

        /**
         * @param master   where it runs (Spark: {@code local[2]}, {@code spark://…}, {@code k8s://…}, {@code yarn}),
         *                 null for the engine's default
         * @param settings {@code key=value} settings passed to the engine as they are
         */
        Engine open(String master, List<String> settings, Registry registry, Source source);
    }

    /**
     * Where the engine's tasks read the families: the registry (over JDBC, in the run's exported snapshot), or a
     * columnar snapshot exported as Parquet ({@code ./shanyraq export --format parquet}) in the folder {@code parquet}
     * (a path or URL the engine's file system reads: {@code /data/x}, {@code s3a://…}, {@code hdfs://…}).
     */
    public record Source(String parquet) implements java.io.Serializable {
        public static final Source REGISTRY = new Source(null);

        /** {@code registry} or {@code parquet:DIR}, as {@code --source} takes it. */
        public static Source parse(String text) {
            if (text == null || text.equals("registry")) {
                return REGISTRY;
            }
            if (text.startsWith("parquet:") && text.length() > "parquet:".length()) {
                return new Source(text.substring("parquet:".length()));
            }
            throw new IllegalArgumentException("--source must be registry or parquet:DIR, not '" + text + "'");
        }

        public boolean isRegistry() {
            return parquet == null;
        }
    }

    /**
     * Where a run's results go, as {@code --sink} takes it: {@code registry} (the run tables, published; the
     * default) or {@code parquet:DIR} (Parquet files, nothing published).
     */
    public static String parquetSinkFolder(String sink) {
        if (sink == null || sink.equals("registry")) {
            return null;
        }
        if (sink.startsWith("parquet:") && sink.length() > "parquet:".length()) {
            return sink.substring("parquet:".length());
        }
        throw new IllegalArgumentException("--sink must be registry or parquet:DIR, not '" + sink + "'");
    }

    /** An open engine: close it when the run is over. */
    public interface Engine extends DistributedEvaluation, AutoCloseable {

        /**
         * The sweep's first pass: the lower bounds of income deciles 2–10 over the job's families
         * ({@code LawChangeSimulation.Tally.decileBounds}), found without gathering the incomes in this JVM.
         */
        long[] decileBounds(kz.shanyraq.recompute.simulate.ReformSweep.Job job) throws Exception;

        /**
         * The second pass: every variant's tally over all the job's slices (the job carries the deciles' bounds;
         * {@code measures}: the batch engine's, in its order), merged across tasks
         * ({@link kz.shanyraq.recompute.simulate.ReformSweep}).
         */
        kz.shanyraq.recompute.simulate.LawChangeSimulation.Tally[] sweep(
                kz.shanyraq.recompute.simulate.ReformSweep.Job job, List<String> measures) throws Exception;

        /**
         * A sink writing the run's results as Parquet to the folder {@code dir} (a path or URL the engine's file
         * system writes; it must not exist) instead of publishing them ({@code --sink parquet:DIR}).
         */
        default ResultSink parquetSink(String dir) {
            throw new IllegalArgumentException("this engine has no Parquet sink");
        }

        @Override
        void close();
    }

    private DistributedEngines() {
    }

    /** The engine of the name, or an error saying it is not on the class path. */
    public static Engine open(String name, String master, List<String> settings, Registry registry) {
        return open(name, master, settings, registry, Source.REGISTRY);
    }

    /** The engine of the name reading the families from {@code source}. */
    public static Engine open(String name, String master, List<String> settings, Registry registry, Source source) {
        for (Provider p : ServiceLoader.load(Provider.class)) {
            if (p.name().equals(name)) {
                return p.open(master, settings, registry, source);
            }
        }
        throw new IllegalArgumentException("the engine '" + name + "' is not on the class path (run it through"
                + " ./shanyraq, which adds the " + name + " module)");
    }
}
