package kz.shanyraq.bench;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
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
    private Law law;
    private List<Measure> measures;

    @Setup
    public void setUp() {
        family = BenchmarkFamilies.large();
        law = ParameterBook.standard().on(BenchmarkFamilies.ON);
        measures = Measures.all();
    }

    @Benchmark
    public void evaluateAllMeasures(Blackhole bh) {
        for (Measure m : measures) {
            for (Decision d : m.evaluate(family, law, explain)) {
                bh.consume(d);
            }
        }
    }
}
