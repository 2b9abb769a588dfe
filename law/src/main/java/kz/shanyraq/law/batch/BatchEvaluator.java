package kz.shanyraq.law.batch;

import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.coverage.CoverageVerdict;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.wellbeing.LocalBudgetRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every measure of the catalogue compiled for one date, evaluated over ranges of a {@link Population} into a
 * {@link BatchResult}. Compiling resolves each parameter once through {@link ParameterBook}; evaluating a family
 * then reads only primitive columns and precomputed values (for the measures written column-wise, see
 * {@link #kernelKinds()} for the others). Thread-safe: ranges may be evaluated concurrently.
 *
 * <pre>{@code
 * BatchEvaluator evaluator = BatchEvaluator.compile(ParameterBook.standard(), LocalDate.of(2025, 9, 1));
 * BatchResult result = evaluator.evaluate(population);            // all cores
 * evaluator.evaluate(population, 0, 10_000, result);              // or one range on this thread
 * }</pre>
 */
public final class BatchEvaluator {

    /** Families per unit of parallel work: large enough to amortise scheduling, small enough to balance. */
    static final int CHUNK = 8192;
    /** Families evaluated by every kernel in turn: their columns (≈ 0.5 KB a family) fit the core's L2 cache. */
    static final int BLOCK = 1024;

    private final LocalDate on;
    private final boolean[] excludedIncome;
    private final List<Measure> measures;
    private final MeasureKernel[] kernels;
    private final WellbeingKernel wellbeing;
    /** {@code refused[category][k]}: whether {@link LocalBudgetRule} refuses measure {@code k} to that category. */
    private final boolean[][] refused;
    /** {@code refusedMeasures[category]}: the measure columns refused to that category (usually none, or for 6). */
    private final int[][] refusedMeasures;

    /** The day is before the law's history: every decision is undetermined. */
    private final boolean beforeHistory;
    /** What the registry's coverage serves on the day (the same rule as the family evaluator's). */
    private final CoverageVerdict verdict;
    /** The measure columns whose facts the coverage does not hold: every decision there is undetermined. */
    private final int[] uncovered;

    private BatchEvaluator(LocalDate on, List<Measure> measures, MeasureKernel[] kernels, WellbeingKernel wellbeing,
                           CoverageVerdict verdict) {
        this.on = on;
        this.beforeHistory = on.isBefore(wellbeing.law().book().historyStarts());
        this.verdict = verdict;
        this.uncovered = java.util.stream.IntStream.range(0, measures.size())
                .filter(k -> verdict.measure(measures.get(k).id()).isPresent()).toArray();
        this.excludedIncome = MemberScan.excludedIncome(wellbeing.law());
        this.measures = measures;
        this.kernels = kernels;
        this.wellbeing = wellbeing;
        this.refused = new boolean[7][measures.size()];
        this.refusedMeasures = new int[7][];
        for (int c = 0; c < refused.length; c++) {
            for (int k = 0; k < measures.size(); k++) {
                refused[c][k] = LocalBudgetRule.refuses(c, measures.get(k));
            }
            final int category = c;
            refusedMeasures[c] = java.util.stream.IntStream.range(0, measures.size())
                    .filter(k -> refused[category][k]).toArray();
        }
    }

    /** Every measure of {@link Measures#all()} compiled for {@code on}, the population's facts taken as given. */
    public static BatchEvaluator compile(ParameterBook book, LocalDate on) {
        return compile(book, on, Coverage.GIVEN);
    }

    /**
     * Every measure of {@link Measures#all()} compiled for {@code on}, for a population read from a registry with this
     * coverage: a measure (or the scoring) needing facts outside it is undetermined for every family it would decide.
     */
    public static BatchEvaluator compile(ParameterBook book, LocalDate on, Coverage coverage) {
        Law law = book.on(on);
        List<Measure> measures = Measures.all();
        MeasureKernel[] kernels = new MeasureKernel[measures.size()];
        for (int i = 0; i < kernels.length; i++) {
            kernels[i] = Kernels.compile(measures.get(i), law);
        }
        CoverageVerdict verdict = CoverageVerdict.check(coverage, law, measures.stream().map(Measure::id).toList());
        return new BatchEvaluator(on, measures, kernels, new WellbeingKernel(book, law), verdict);
    }

    public LocalDate on() {
        return on;
    }

    /** What the coverage serves on the day: the measures and scoring left undetermined, with the reasons. */
    public CoverageVerdict coverage() {
        return verdict;
    }

    /** Measure ids in column order. */
    public List<String> measures() {
        return measures.stream().map(Measure::id).toList();
    }

    /**
     * How each measure is evaluated, by id: {@code columnar}, {@code mixed} (the columns decide most families, the
     * measure object finishes the others) or {@code object} (the measure object on each candidate family).
     */
    public java.util.Map<String, String> kernelKinds() {
        java.util.Map<String, String> kinds = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kernels.length; i++) {
            kinds.put(measures.get(i).id(), kernels[i].kind());
        }
        return kinds;
    }

    /** An empty result sized for a population. */
    public BatchResult newResult(Population p) {
        return new BatchResult(on, measures(), p.size());
    }

    /** Evaluates families {@code from} (inclusive) to {@code to} (exclusive) on the calling thread. */
    public void evaluate(Population p, int from, int to, BatchResult into) {
        if (from < 0 || to > p.size() || from > to) {
            throw new IndexOutOfBoundsException("families " + from + "–" + to + " of " + p.size());
        }
        if (into.size() != p.size()) {
            throw new IllegalArgumentException("result sized for " + into.size() + " families, population has "
                    + p.size());
        }
        // Block by block, every kernel on one block before the next: the block's columns stay in the core's cache
        // across the kernels instead of being read from memory once per kernel.
        MemberScan scan = wellbeing.newScan(excludedIncome);
        for (int start = from; start < to; start += BLOCK) {
            int end = Math.min(to, start + BLOCK);
            scan.scan(p, start, end);
            for (int k = 0; k < kernels.length; k++) {
                kernels[k].evaluate(p, start, end, into, k, scan);
            }
            wellbeing.evaluate(p, start, end, into, scan);
            if (verdict.wellbeing().isPresent()) {
                // the scoring lacks its facts: no category, so no refusal by category either (as the family path)
                java.util.Arrays.fill(into.category, start, end, (byte) 0);
                java.util.Arrays.fill(into.level, start, end, (byte) 0);
            }
            refuseByCategory(start, end, into);
            if (beforeHistory) {
                undetermineBeforeHistory(start, end, into);
            }
            undetermineUncovered(start, end, into);
        }
    }

    /** As {@code Calculation.run}: before the law's history every decision made is undetermined. */
    private void undetermineBeforeHistory(int from, int to, BatchResult r) {
        for (int k = 0; k < kernels.length; k++) {
            for (int f = from; f < to; f++) {
                if (r.outcome[k][f] != Outcome.NOT_APPLICABLE) {
                    r.outcome[k][f] = Outcome.UNDETERMINED;
                    r.amount[k][f] = 0;
                }
            }
        }
    }

    /**
     * As the family evaluator: a measure whose facts the coverage does not hold decides nothing (entitlements and
     * refusals become undetermined, no amount).
     */
    private void undetermineUncovered(int from, int to, BatchResult r) {
        for (int k : uncovered) {
            byte[] outcome = r.outcome[k];
            long[] amount = r.amount[k];
            for (int f = from; f < to; f++) {
                if (outcome[f] == Outcome.ENTITLED || outcome[f] == Outcome.REFUSED) {
                    outcome[f] = Outcome.UNDETERMINED;
                }
                amount[f] = 0;
            }
        }
    }

    /**
     * As the family evaluator: every entitlement of a measure the family's category is refused (local budgets,
     * category 6) becomes a refusal. Undetermined stays undetermined; the entitled amount is gone.
     */
    private void refuseByCategory(int from, int to, BatchResult r) {
        for (int f = from; f < to; f++) {
            int category = r.category[f];
            if (category <= 0 || category >= refused.length) {
                continue;
            }
            for (int k : refusedMeasures[category]) {
                r.amount[k][f] = 0;
                if (r.outcome[k][f] == Outcome.ENTITLED) {
                    r.outcome[k][f] = Outcome.REFUSED;
                }
            }
        }
    }

    /**
     * The well-being feature vector the batch measured for family {@code f} (indexed by {@code Feature.ordinal()}),
     * to check it against {@code WellbeingFeatures.measure}; null when the day's parameters cannot measure any.
     */
    public long[] wellbeingFeatures(Population p, int f) {
        return wellbeing.features(p, f);
    }

    /** Evaluates the whole population on all available cores. */
    public BatchResult evaluate(Population p) {
        return evaluate(p, Runtime.getRuntime().availableProcessors());
    }

    /** Evaluates the whole population on {@code threads} threads (ranges of {@link #CHUNK} families). */
    public BatchResult evaluate(Population p, int threads) {
        BatchResult result = newResult(p);
        if (threads <= 1 || p.size() <= CHUNK) {
            evaluate(p, 0, p.size(), result);
            return result;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "batch-evaluator");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    int from;
                    while ((from = next.getAndAdd(CHUNK)) < p.size()) {
                        evaluate(p, from, Math.min(p.size(), from + CHUNK), result);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch evaluation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("batch evaluation failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return result;
    }
}
