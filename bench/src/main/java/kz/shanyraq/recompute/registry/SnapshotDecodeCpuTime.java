package kz.shanyraq.recompute.registry;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The family snapshot's decoding, format 1 (the previous format's decoder, kept in this module as the baseline) and
 * format 2, timed in the decoding thread's CPU time, alternating round by round on the same families: on a machine
 * shared with other builds the wall clock (what JMH would report) measures the load as much as the code. Each round decodes every family of the files in slices of 4 000
 * into fresh builders, as a run's reader does. Not a JMH benchmark: a documented command (BENCHMARKS.md).
 *
 * <pre>
 * java -Xmx4g -XX:+UseParallelGC -cp bench/target/shanyraq-bench.jar \
 *     kz.shanyraq.recompute.registry.SnapshotDecodeCpuTime [/tmp/snapshot5-rows] [rounds] [date] [formats]
 * </pre>
 *
 * {@code formats}: {@code 12} (default) both in one JVM; {@code 1} or {@code 2} one only, so that the JIT compiles
 * the shared code ({@code PopulationBuilder}, varints) for that decoder alone, as in a run.
 */
public final class SnapshotDecodeCpuTime {

    /** Families per slice, as a run reads them. */
    static final int SLICE = 4_000;

    private SnapshotDecodeCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        String rows = args.length > 0 ? args[0] : "/tmp/snapshot5-rows";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        LocalDate day = LocalDate.parse(args.length > 2 ? args[2] : "2026-10-01");
        String formats = args.length > 3 ? args[3] : "12";
        SnapshotRows one = SnapshotRows.load(Path.of(rows + "-v1.bin"));
        SnapshotRows two = SnapshotRows.load(Path.of(rows + "-v2.bin"));
        FamilyFactsDecoderV1 v1 = new FamilyFactsDecoderV1(day, RegistrySnapshot.LAW_INCOME_MONTHS);
        FamilyFactsDecoder v2 = new FamilyFactsDecoder(day, RegistrySnapshot.LAW_INCOME_MONTHS);
        int same = formats.length() == 2 ? SnapshotRows.sameFamilies(one, two, v1, v2, Integer.MAX_VALUE) : 0;
        int slices = Math.min(one.ids.length, two.ids.length) / SLICE;
        int families = slices * SLICE;
        System.out.printf("families=%d (%d compared: the same in both formats on %s), bytes per family: "
                + "format 1 %.1f, format 2 %.1f%n", families, same, day, (double) one.bytes() / one.ids.length,
                (double) two.bytes() / two.ids.length);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] ns = new double[2][rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int f = 0; f < 2; f++) {
                if (formats.indexOf('1' + f) < 0) {
                    continue;
                }
                SnapshotRows d = f == 0 ? one : two;
                long cpu = threads.getCurrentThreadCpuTime();
                for (int s = 0; s < slices; s++) {
                    sink += SnapshotRows.decode(d, v1, v2, s * SLICE,
                            SLICE).persons();
                }
                ns[f][r] = (threads.getCurrentThreadCpuTime() - cpu) / (double) families;
            }
            System.out.printf("round %d: format 1 %.0f ns, format 2 %.0f ns of CPU per family%n", r + 1, ns[0][r],
                    ns[1][r]);
        }
        // the first third of the rounds warms the JIT up
        int from = rounds / 3;
        double m1 = median(Arrays.copyOfRange(ns[0], from, rounds));
        double m2 = median(Arrays.copyOfRange(ns[1], from, rounds));
        System.out.printf("median of rounds %d-%d: format 1 %.0f ns, format 2 %.0f ns of CPU per family (%.2fx)"
                + " [%d]%n", from + 1, rounds, m1, m2, m1 / m2, sink % 10);
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
