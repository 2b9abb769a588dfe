package kz.shanyraq.spark;

import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.simulate.LawChangeSimulation;
import kz.shanyraq.recompute.simulate.ReformSweep;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.util.Iterator;
import java.util.List;

/**
 * One Spark task of a reform sweep's second pass: a connection in the sweep's snapshot, and the recompute's
 * {@link ReformSweep.Slices} adding each of the partition's slices to every variant's tally
 * ({@link LawChangeSimulation.Tally}, counting each family in its income decile by the job's bounds).
 */
final class SweepPartition implements FlatMapFunction<Iterator<RegistrySnapshot.Range>, LawChangeSimulation.Tally[]> {

    private final ReformSweep.Job job;
    private final DistributedEngines.Registry registry;

    SweepPartition(ReformSweep.Job job, DistributedEngines.Registry registry) {
        this.job = job;
        this.registry = registry;
    }

    @Override
    public Iterator<LawChangeSimulation.Tally[]> call(Iterator<RegistrySnapshot.Range> ranges) throws Exception {
        if (!ranges.hasNext()) {
            return List.<LawChangeSimulation.Tally[]>of().iterator();
        }
        try (ReformSweep.Slices tallies = new ReformSweep.Slices(job, Connections.open(registry))) {
            while (ranges.hasNext()) {
                tallies.add(ranges.next());
            }
            return List.<LawChangeSimulation.Tally[]>of(tallies.tallies()).iterator();
        }
    }
}
