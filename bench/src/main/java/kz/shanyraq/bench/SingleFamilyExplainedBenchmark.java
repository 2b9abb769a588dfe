package kz.shanyraq.bench;

import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.synth.country.InMemoryCountry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * One family with full explanation (every measure's norm, conditions, parameters with sources, steps, rounding), as
 * the family card asks for it: the largest family of a small synthetic country. {@code Mode.SampleTime} reports the
 * percentiles (p99 is the target). The family evaluator scores the family
 * (2025 category and 2023 level, with their explanations) as part of the evaluation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SingleFamilyExplainedBenchmark {

    private static final LocalDate ON = LocalDate.of(2025, 9, 1);

    private FamilyEvaluator evaluator;
    private Family family;

    @Setup
    public void setUp() {
        evaluator = new FamilyEvaluator(ParameterBook.standard());
        family = InMemoryCountry.families(0.002, 1, ON).max(Comparator.comparingInt(Family::size)).orElseThrow();
    }

    @Benchmark
    public FamilyEvaluation explainOneFamily() {
        return evaluator.evaluate(family, ON, true);
    }
}
