package kz.shanyraq.bench;

import kz.shanyraq.law.labour.EnterpriseFacts;
import kz.shanyraq.law.labour.EnterpriseRisk;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.law.labour.ScoreResult;
import kz.shanyraq.law.labour.ScoringDay;
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
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * The labour-risk scoring (law.labour) of 173 654 enterprises — the synthetic country's count at scale 1.0 — as of a
 * day with every indicator's value and points kept (the explanation), on all cores as the national run does; and
 * one enterprise scored and explained (its lines built) as the enterprise card asks for it ({@code SampleTime}: p99).
 * The facts are drawn in memory with the synthetic country's shares (64.7 % insured, ЕСУТД gaps, rare arrears,
 * accidents by hazard class), seed 42; the database side is measured by {@code LabourScoringMeasurement}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnterpriseScoringBenchmark {

    static final int ENTERPRISES = 173_654;
    private static final LocalDate ON = LocalDate.of(2026, 10, 1);

    private EnterpriseScoring scoring;
    private ScoringDay day;
    private EnterpriseFacts[] facts;
    private EnterpriseFacts worst;

    @Setup
    public void setUp() {
        scoring = EnterpriseScoring.reference();
        day = scoring.on(ON);
        facts = new EnterpriseFacts[ENTERPRISES];
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < ENTERPRISES; i++) {
            int headcount = r.nextDouble() < 0.76 ? 1 + r.nextInt(10) : 16 + r.nextInt(300);
            double registered = r.nextDouble() < 0.35 ? 1 : 0.82 + r.nextDouble() * 0.13;
            int hazard = 1 + r.nextInt(5);
            boolean arrears = r.nextDouble() < 0.001;
            int injured = r.nextDouble() < 0.005 ? 1 : 0;
            facts[i] = new EnterpriseFacts(headcount, (int) (headcount * registered), headcount, r.nextDouble() < 0.647,
                    85_000 + r.nextInt(400_000), arrears ? 1_000_000 + r.nextInt(20_000_000) : 0, arrears ? 5 : 0,
                    arrears ? 1 + r.nextInt(4) : 0, r.nextDouble() < 0.01 ? 100_000 : 0, r.nextDouble() < 0.02 ? 2 : 0,
                    r.nextInt(headcount + 1), injured, injured > 0 && r.nextDouble() < 0.14 ? 1 : 0, 0, 0,
                    r.nextDouble() < 0.004 ? 1 : 0, r.nextInt(3), r.nextDouble() < 0.002 ? 1 : 0, r.nextInt(2),
                    headcount > 100, headcount > 100 ? r.nextInt(1000) : -1, headcount > 100 && r.nextBoolean(), 0,
                    0, 0, false, hazard);
        }
        worst = facts[0].withWageArrears(30_000_000, 40, 4).withAccidentInsurance(false).withConflicts(2, 1)
                .withAccidents(3, 1, 1, 1).withInspectionRecord(2, 6, 1);
    }

    /** All enterprises, explanations kept: the array of results holds every indicator's value and points. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Measurement(iterations = 10)
    @Warmup(iterations = 5)
    public EnterpriseRisk[] scoreAllEnterprises() {
        EnterpriseRisk[] out = new EnterpriseRisk[facts.length];
        IntStream.range(0, facts.length).parallel().forEach(i -> out[i] = day.score(facts[i]));
        return out;
    }

    /** One enterprise, as its card shows it: the day resolved, scored, and every score's lines built. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int explainOneEnterprise() {
        EnterpriseRisk risk = scoring.score(worst, ON);
        int n = 0;
        for (ScoreResult s : risk.scores()) {
            List<ScoreResult.Line> lines = s.lines();
            n += lines.size() + s.total();
        }
        return n;
    }
}
