package kz.shanyraq.bench;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.BatchResult;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.synth.country.InMemoryCountry;
import kz.shanyraq.synth.country.MedianIncomes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The same evaluation as {@link BatchEvaluationBenchmark} with one thread, timed both on the wall clock and in the
 * evaluating thread's CPU time: on a machine shared with other builds the wall clock measures the load as much as
 * the code, while the thread's CPU time is what one core spends on the population (families per CPU-second = the
 * "per core" figure, still somewhat inflated by cache sharing). Not a JMH benchmark: a documented command.
 *
 * <pre>java -Xmx8g -cp bench/target/shanyraq-bench.jar kz.shanyraq.bench.BatchCpuTime [scale] [runs] [date]</pre>
 */
public final class BatchCpuTime {

    private BatchCpuTime() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 0.16;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        LocalDate day = LocalDate.parse(args.length > 2 ? args[2] : "2026-11-01");
        PopulationBuilder builder = new PopulationBuilder().keepIncomeFrom(YearMonth.from(day).minusMonths(6));
        MedianIncomes medians = new MedianIncomes(List.of(Quarter.of(day).previous()));
        InMemoryCountry.families(scale, 1, day).forEach(f -> {
            builder.add(f);
            medians.accept(f);
        });
        Population population = builder.build();
        BatchEvaluator evaluator = BatchEvaluator.compile(InMemoryCountry.book(1, medians.medians()), day);
        System.out.printf("families=%d persons=%d on=%s kernels=%s%n", population.size(), population.persons(), day,
                evaluator.kernelKinds());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int r = 1; r <= runs; r++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            BatchResult result = evaluator.evaluate(population, 1);
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            best = Math.min(best, cpuSeconds);
            System.out.printf("run %d: wall %.3f s (%.0f families/s), thread CPU %.3f s (%.0f families per CPU-second)"
                    + " categories scored=%d%n", r, wallSeconds, population.size() / wallSeconds, cpuSeconds,
                    population.size() / cpuSeconds, countScored(result));
        }
        System.out.printf("best: %.0f families per CPU-second on one thread%n", population.size() / best);
    }

    private static int countScored(BatchResult result) {
        int n = 0;
        for (byte c : result.categories()) {
            n += c > 0 ? 1 : 0;
        }
        return n;
    }
}
