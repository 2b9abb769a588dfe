package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.family.Family;
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
import org.openjdk.jmh.infra.Blackhole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The slice side by side on one thread, explanations off, the same in-memory families: the law engine
 * ({@link LawSlice}: FamilyEvaluator restricted to the slice, with the well-being category) against the DMN model
 * ({@link DmnSlice}, compiled once in the setup; compile time printed apart). Two DMN variants: {@code dmnEvaluate}
 * times the DMN runtime on inputs built before timing, {@code dmnWithInputs} also builds the inputs from each law
 * family (the work the DMN side needs and the law engine does inside its own evaluation). One operation = every
 * family of the population; families per second = population ÷ seconds per operation (the setup prints the size).
 * Equality is checked by {@code DmnSliceAgreesWithLawEngineTest} (and the setup compares the first families).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "-Djava.util.logging.config.file=/dev/null"})
public class DmnComparisonBenchmark {

    /** Scale of the synthetic country: 0.016 ≈ 100 k families. */
    @Param({"0.016"})
    public double scale;

    @Param({"2025-09-01"})
    public String on;

    private LocalDate day;
    private ParameterBook book;
    private List<Family> families;
    private LawSlice law;
    private DmnSlice dmn;
    private Map<String, Object> parameters;
    private SliceFacts facts;
    private List<Map<String, Object>> inputs;

    @Setup
    public void setUp() {
        day = LocalDate.parse(on);
        book = ParameterBook.standard();
        families = InMemoryCountry.families(scale, 1, day).toList();
        law = new LawSlice(book);
        long t0 = System.nanoTime();
        dmn = DmnSlice.compile();
        long compileMs = (System.nanoTime() - t0) / 1_000_000;
        parameters = SliceParameters.of(book, day);
        facts = new SliceFacts(book, day);
        inputs = new ArrayList<>(families.size());
        for (Family f : families) {
            inputs.add(facts.of(f));
        }
        SliceComparison.Report check = new SliceComparison(book, dmn)
                .compare(families.subList(0, Math.min(2000, families.size())), day);
        if (!check.differences().isEmpty()) {
            throw new IllegalStateException("engines disagree, timing does not count: " + check.differences().get(0));
        }
        System.out.printf("%n[setup] families=%d dmn-compile-ms=%d equality-checked=%d%n", families.size(), compileMs,
                check.families());
    }

    @Benchmark
    public void lawEngine(Blackhole bh) {
        for (Family f : families) {
            bh.consume(law.evaluate(f, day));
        }
    }

    @Benchmark
    public void dmnEvaluate(Blackhole bh) {
        for (Map<String, Object> input : inputs) {
            bh.consume(dmn.evaluate(parameters, input));
        }
    }

    @Benchmark
    public void dmnWithInputs(Blackhole bh) {
        for (Family f : families) {
            bh.consume(dmn.evaluate(parameters, facts.of(f)));
        }
    }

    /** Building the DMN inputs alone (well-being features and points included), for the split. */
    @Benchmark
    public void dmnInputsOnly(Blackhole bh) {
        for (Family f : families) {
            bh.consume(facts.of(f));
        }
    }
}
