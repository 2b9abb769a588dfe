package kz.shanyraq.bench;

import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;
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

import java.util.concurrent.TimeUnit;

/** One family, every measure: the cost of a full evaluation with and without explanations. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FamilyEvaluationBenchmark {

    @Param({"false", "true"})
    boolean explain;

    private Family family;
    private FamilyEvaluator evaluator;

    @Setup
    public void setUp() {
        family = BenchmarkFamilies.large();
        evaluator = new FamilyEvaluator(ParameterBook.standard());
        FamilyEvaluation check = evaluator.evaluate(family, BenchmarkFamilies.ON, true);
        if (check.entitlements().isEmpty()) {
            throw new IllegalStateException("the benchmark family must be entitled to something");
        }
    }

    /** Every measure of the catalogue for one family (16 measures, about 20 decisions). */
    @Benchmark
    public FamilyEvaluation evaluateAllMeasures() {
        return evaluator.evaluate(family, BenchmarkFamilies.ON, explain);
    }
}
