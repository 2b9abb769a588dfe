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

    /** An open engine: close it when the run is over. */
    public interface Engine extends DistributedEvaluation, AutoCloseable {

        /** Every variant's sums over all the job's slices ({@link kz.shanyraq.recompute.simulate.ReformSweep}). */
        long[][] sweep(kz.shanyraq.recompute.simulate.ReformSweep.Job job) throws Exception;

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
