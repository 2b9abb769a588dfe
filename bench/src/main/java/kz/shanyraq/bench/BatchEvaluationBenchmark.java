package kz.shanyraq.bench;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.BatchResult;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.synth.country.InMemoryCountry;
import kz.shanyraq.synth.country.MedianIncomes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The whole population in memory, every measure and the well-being category and level, explanations off: one
 * evaluation of all families per operation. Families per second = population size ÷ seconds per operation (printed by
 * the setup). The law is the shipped book with the synthetic country's regional figures and the regional median
 * incomes computed from the population itself (as the registry computes them), on a day whose income quarter the
 * synthetic incomes cover, so that targeted social assistance and the categories are actually determined.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class BatchEvaluationBenchmark {

    /** Scale of the synthetic country: 0.16 ≈ 1 M families. */
    @Param({"0.16"})
    public double scale;

    @Param({"2026-11-01"})
    public String on;

    @Param({"1", "2"})
    public int threads;

    private Population population;
    private BatchEvaluator evaluator;

    @Setup
    public void setUp() {
        LocalDate day = LocalDate.parse(on);
        PopulationBuilder builder = new PopulationBuilder().keepIncomeFrom(YearMonth.from(day).minusMonths(6));
        MedianIncomes medians = new MedianIncomes(List.of(Quarter.of(day).previous()));
        InMemoryCountry.families(scale, 1, day).forEach(f -> {
            builder.add(f);
            medians.accept(f);
        });
        population = builder.build();
        evaluator = BatchEvaluator.compile(InMemoryCountry.book(1, medians.medians()), day);
        System.out.printf("%n[setup] families=%d persons=%d columns≈%d MB kernels=%s%n", population.size(),
                population.persons(), population.approximateBytes() >> 20, evaluator.kernelKinds());
    }

    @Benchmark
    public BatchResult evaluateAll() {
        return evaluator.evaluate(population, threads);
    }
}
