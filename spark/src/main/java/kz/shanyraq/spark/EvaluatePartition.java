package kz.shanyraq.spark;

import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.run.DistributedEvaluation;
import kz.shanyraq.recompute.run.EvaluatedSlice;
import kz.shanyraq.recompute.run.SliceEvaluation;
import org.apache.spark.api.java.function.FlatMapFunction;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One Spark task: a connection to the registry (its family-id ranges read over JDBC in the run's exported
 * snapshot), and the recompute's {@link SliceEvaluation} for each of the partition's slices: the population's columns
 * built for the slice's families and the law's batch engine run on them, the same code as the in-process run.
 */
final class EvaluatePartition implements FlatMapFunction<Iterator<RegistrySnapshot.Range>, EvaluatedSlice> {

    private final DistributedEvaluation.Job job;
    private final DistributedEngines.Registry registry;

    EvaluatePartition(DistributedEvaluation.Job job, DistributedEngines.Registry registry) {
        this.job = job;
        this.registry = registry;
    }

    @Override
    public Iterator<EvaluatedSlice> call(Iterator<RegistrySnapshot.Range> ranges) throws Exception {
        List<EvaluatedSlice> out = new ArrayList<>();
        if (!ranges.hasNext()) {
            return out.iterator();
        }
        try (SliceEvaluation evaluation = new SliceEvaluation(job, Connections.open(registry))) {
            while (ranges.hasNext()) {
                out.add(evaluation.evaluate(ranges.next()));
            }
        }
        return out.iterator();
    }
}
