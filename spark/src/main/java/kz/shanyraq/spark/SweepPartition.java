package kz.shanyraq.spark;

import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.simulate.ReformSweep;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.util.Iterator;
import java.util.List;

/**
 * One Spark task of a reform sweep: a connection in the sweep's snapshot, and the recompute's
 * {@link ReformSweep.Slices} adding each of the partition's slices to every variant's sums.
 */
final class SweepPartition implements FlatMapFunction<Iterator<RegistrySnapshot.Range>, long[][]> {

    private final ReformSweep.Job job;
    private final DistributedEngines.Registry registry;

    SweepPartition(ReformSweep.Job job, DistributedEngines.Registry registry) {
        this.job = job;
        this.registry = registry;
    }

    @Override
    public Iterator<long[][]> call(Iterator<RegistrySnapshot.Range> ranges) throws Exception {
        if (!ranges.hasNext()) {
            return List.<long[][]>of().iterator();
        }
        try (ReformSweep.Slices sums = new ReformSweep.Slices(job, Connections.open(registry))) {
            while (ranges.hasNext()) {
                sums.add(ranges.next());
            }
            return List.<long[][]>of(sums.sums()).iterator();
        }
    }
}
