package kz.shanyraq.law.batch;

/**
 * One measure compiled for one date: evaluates a range of families of a population into that measure's outcome and
 * amount columns. Implementations hold only values resolved at compile time and are thread-safe.
 */
interface MeasureKernel {

    /**
     * Writes column {@code k} of {@code r} for families {@code from}–{@code to}; earlier columns are already written.
     * {@code s} is the scan of exactly those families' members on the kernel's day.
     */
    void evaluate(Population p, int from, int to, BatchResult r, int k, MemberScan s);

    /**
     * How the kernel works: {@code columnar} (every family on the columns), {@code mixed} (columns decide most
     * families, the measure object finishes the rest), {@code object} (the measure object on candidate families).
     */
    String kind();
}
