package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Decoding the family snapshot into the batch engine's columns, format 1 (main's decoder, {@link
 * FamilyFactsDecoderV1}) against the current format, on the same families: one operation decodes one slice of
 * {@value #SLICE} families into a fresh {@link PopulationBuilder}, as a run's reader does; the score is per family.
 * The rows come from files written by {@link SnapshotRows} from one registry before and after its snapshot was
 * rebuilt in the new format ({@code /tmp/snapshot5-rows-v1.bin}, {@code -v2.bin}; BENCHMARKS.md gives the commands).
 * The setup checks that both formats give the same families on the benchmark's date.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class FamilySnapshotDecodeBenchmark {

    static final int SLICE = 4_000;

    /** Files {@code <rows>-v1.bin} and {@code <rows>-v2.bin}. */
    @Param({"/tmp/snapshot5-rows"})
    public String rows;

    @Param({"1", "2"})
    public int format;

    @Param({"2026-10-01"})
    public String on;

    private SnapshotRows data;
    private int slices;
    private int next;
    private FamilyFactsDecoderV1 v1;
    private FamilyFactsDecoder v2;

    @Setup
    public void setUp() throws IOException {
        LocalDate day = LocalDate.parse(on);
        data = SnapshotRows.load(Path.of(rows + "-v" + format + ".bin"));
        if (data.format != format) {
            throw new IllegalStateException(rows + "-v" + format + ".bin holds format " + data.format);
        }
        slices = data.ids.length / SLICE;
        v1 = new FamilyFactsDecoderV1(day, RegistrySnapshot.LAW_INCOME_MONTHS);
        v2 = new FamilyFactsDecoder(day, RegistrySnapshot.LAW_INCOME_MONTHS);
        System.out.printf("%nformat %d: %d families, %.1f bytes per family%n", format, data.ids.length,
                (double) data.bytes() / data.ids.length);
        Path other = Path.of(rows + "-v" + (3 - format) + ".bin");
        if (Files.exists(other)) {
            sameFamiliesBothWays(day, SnapshotRows.load(other));
        }
    }

    @Benchmark
    @OperationsPerInvocation(SLICE)
    public Population decodeSlice() {
        int slice = next;
        next = slice + 1 == slices ? 0 : slice + 1;
        return decode(data, format, slice * SLICE, SLICE);
    }

    private Population decode(SnapshotRows d, int version, int from, int n) {
        PopulationBuilder b = new PopulationBuilder().expect(n);
        if (version == 1) {
            v1.into(b);
            for (int i = from; i < from + n; i++) {
                v1.feed(d.ids[i], d.facts[i], 0, d.facts[i].length);
            }
        } else {
            v2.into(b);
            for (int i = from; i < from + n; i++) {
                v2.feed(d.ids[i], d.facts[i], 0, d.facts[i].length);
            }
        }
        return b.build();
    }

    /** Both files decode to the same families (incomes in one order: format 2 keeps them latest month first). */
    private void sameFamiliesBothWays(LocalDate day, SnapshotRows other) {
        SnapshotRows one = format == 1 ? data : other;
        SnapshotRows two = format == 1 ? other : data;
        int n = Math.min(Math.min(one.ids.length, two.ids.length), 40_000);
        Population p1 = decode(one, 1, 0, n);
        Population p2 = decode(two, 2, 0, n);
        for (int i = 0; i < n; i++) {
            if (one.ids[i] != two.ids[i] || !sorted(p1.family(i)).equals(sorted(p2.family(i)))) {
                throw new IllegalStateException("family " + one.ids[i] + " decodes differently in formats 1 and 2");
            }
        }
        System.out.printf("formats 1 and 2: the first %d families decode the same on %s%n", n, day);
    }

    private static Family sorted(Family f) {
        List<Income> incomes = new ArrayList<>(f.incomes());
        incomes.sort(Comparator.comparing(Income::month).thenComparing(Income::memberId)
                .thenComparing(Income::type).thenComparingLong(Income::amount));
        return new Family(f.id(), f.region(), f.district(), f.locality(), f.members(), incomes, f.loans(),
                f.resettlement(), f.breadwinnerLoss()).withAssets(f.assets());
    }
}
