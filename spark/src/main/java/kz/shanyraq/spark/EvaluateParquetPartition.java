package kz.shanyraq.spark;

import kz.shanyraq.recompute.registry.ColumnarSnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.run.DistributedEvaluation;
import kz.shanyraq.recompute.run.EvaluatedSlice;
import kz.shanyraq.recompute.run.SliceEvaluation;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One Spark task of a run reading a Parquet snapshot: its rows decoded into slices of {@code familiesPerSlice}
 * families by the family snapshot's decoder ({@link ColumnarSnapshot.Decoder}) and evaluated by the recompute's
 * {@link SliceEvaluation}, as a task reading the registry does. The task's connection only reads the law in the
 * run's snapshot (and checks it is the run's).
 */
final class EvaluateParquetPartition implements FlatMapFunction<Iterator<Row>, EvaluatedSlice> {

    private final DistributedEvaluation.Job job;
    private final DistributedEngines.Registry registry;
    private final int familiesPerSlice;

    EvaluateParquetPartition(DistributedEvaluation.Job job, DistributedEngines.Registry registry, int familiesPerSlice) {
        this.job = job;
        this.registry = registry;
        this.familiesPerSlice = familiesPerSlice;
    }

    @Override
    public Iterator<EvaluatedSlice> call(Iterator<Row> rows) throws Exception {
        List<EvaluatedSlice> out = new ArrayList<>();
        if (!rows.hasNext()) {
            return out.iterator();
        }
        ColumnarSnapshot.Decoder decoder = new ColumnarSnapshot.Decoder(job.on());
        try (SliceEvaluation evaluation = new SliceEvaluation(job, Connections.open(registry))) {
            long t0 = System.nanoTime();
            while (rows.hasNext()) {
                Row r = rows.next();
                decoder.add(r.getLong(0), (byte[]) r.get(1));
                if (decoder.size() == familiesPerSlice || !rows.hasNext()) {
                    var slice = decoder.take();
                    out.add(evaluation.evaluate(slice, System.nanoTime() - t0));
                    t0 = System.nanoTime();
                }
            }
        }
        return out.iterator();
    }
}
