package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
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
        Path file = Path.of(rows + "-v" + format + ".bin");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: write it with SnapshotRows from a registry whose"
                    + " snapshot is in format " + format + " (BENCHMARKS.md, \"Snapshot format 2\")");
        }
        data = SnapshotRows.load(file);
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
            SnapshotRows o = SnapshotRows.load(other);
            int n = SnapshotRows.sameFamilies(format == 1 ? data : o, format == 1 ? o : data, v1, v2, 40_000);
            System.out.printf("formats 1 and 2: the first %d families decode the same on %s%n", n, day);
        }
    }

    @Benchmark
    @OperationsPerInvocation(SLICE)
    public Population decodeSlice() {
        int slice = next;
        next = slice + 1 == slices ? 0 : slice + 1;
        return SnapshotRows.decode(data, v1, v2, slice * SLICE, SLICE);
    }
}
