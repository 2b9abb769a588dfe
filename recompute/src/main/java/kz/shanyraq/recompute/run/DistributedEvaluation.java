package kz.shanyraq.recompute.run;

import kz.shanyraq.recompute.registry.RegistrySnapshot;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * An engine that evaluates a run's slices elsewhere (Spark executors) while the run's writer stays here: it gets the
 * slices and the exported snapshot they must be read in, evaluates each with {@link SliceEvaluation}, and hands the
 * evaluated slices back, in any order, on the calling thread. Writing, transitions and publication stay those of
 * {@link NationalRecompute}.
 */
public interface DistributedEvaluation {

    /**
     * What every task needs to read and evaluate its slices (besides a connection to the registry): the exported snapshot (valid
     * while the run's writer waits for {@link #evaluate}), the date, the law version the writer read (a task whose
     * law differs refuses), and whether the family snapshot is read.
     */
    record Job(String snapshot, List<RegistrySnapshot.Range> slices,
               LocalDate on, String lawVersion, boolean fromFamilySnapshot, long run) implements Serializable {
        public Job {
            slices = List.copyOf(slices);
        }
    }

    /** Evaluates every slice of the job and hands each result to {@code sink}, on the calling thread. */
    void evaluate(Job job, Consumer<EvaluatedSlice> sink) throws Exception;
}
