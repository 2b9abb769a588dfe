package kz.shanyraq.bench;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.BatchResult;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.synth.country.InMemoryCountry;
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
import java.util.concurrent.TimeUnit;

/**
 * The whole population in memory, every measure, explanations off: one evaluation of all families per operation.
 * Families per second = population size ÷ seconds per operation (printed by the setup).
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

    @Param({"2025-09-01"})
    public String on;

    @Param({"1", "2"})
    public int threads;

    private Population population;
    private BatchEvaluator evaluator;

    @Setup
    public void setUp() {
        LocalDate day = LocalDate.parse(on);
        PopulationBuilder builder = new PopulationBuilder().keepIncomeFrom(YearMonth.from(day).minusMonths(6));
        InMemoryCountry.families(scale, 1, day).forEach(builder::add);
        population = builder.build();
        evaluator = BatchEvaluator.compile(ParameterBook.standard(), day);
        System.out.printf("%n[setup] families=%d persons=%d columns≈%d MB kernels=%s%n", population.size(),
                population.persons(), population.approximateBytes() >> 20, evaluator.kernelKinds());
    }

    @Benchmark
    public BatchResult evaluateAll() {
        return evaluator.evaluate(population, threads);
    }
}
