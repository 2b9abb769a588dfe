package kz.shanyraq.spark;

import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.simulate.ReformSweep;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One Spark task of a reform sweep's first pass: the measured per-capita incomes of the partition's families, as the
 * law as it is scores them ({@link ReformSweep.Slices#incomes}); they stay on the executors, where Spark sorts them
 * to find the deciles' bounds.
 */
final class IncomePartition implements FlatMapFunction<Iterator<RegistrySnapshot.Range>, Long> {

    private final ReformSweep.Job job;
    private final DistributedEngines.Registry registry;

    IncomePartition(ReformSweep.Job job, DistributedEngines.Registry registry) {
        this.job = job;
        this.registry = registry;
    }

    @Override
    public Iterator<Long> call(Iterator<RegistrySnapshot.Range> ranges) throws Exception {
        List<Long> out = new ArrayList<>();
        if (!ranges.hasNext()) {
            return out.iterator();
        }
        try (ReformSweep.Slices slices = new ReformSweep.Slices(job, Connections.open(registry))) {
            while (ranges.hasNext()) {
                for (long income : slices.incomes(ranges.next())) {
                    out.add(income);
                }
            }
        }
        return out.iterator();
    }
}
