package kz.shanyraq.law.batch;

/**
 * One measure compiled for one date: evaluates a range of families of a population into that measure's outcome and
 * amount columns. Implementations hold only values resolved at compile time and are thread-safe.
 */
interface MeasureKernel {

    void evaluate(Population p, int from, int to, byte[] outcome, long[] amount);

    /** Whether the kernel works on the columns (true) or rebuilds family objects for the measure (false). */
    boolean columnar();
}
