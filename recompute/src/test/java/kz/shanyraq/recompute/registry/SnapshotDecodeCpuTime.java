package kz.shanyraq.recompute.registry;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The family snapshot's decoding timed in the decoding thread's CPU time: every family of a rows file
 * ({@link SnapshotRows}) decoded in slices of 4 000 into fresh builders, as a run's reader does, round after round.
 * On a machine shared with other builds the wall clock (what JMH reports) measures the load as much as the code. Not
 * a JMH benchmark: a documented command (BENCHMARKS.md, "Snapshot format 2"; format 1's decoder, which it was compared
 * with, is in the history at 9af649f).
 *
 * <pre>
 * java -Xmx4g -XX:+UseParallelGC -cp bench/target/shanyraq-bench.jar \
 *     kz.shanyraq.recompute.registry.SnapshotDecodeCpuTime ROWS_FILE [rounds] [date]
 * </pre>
 */
public final class SnapshotDecodeCpuTime {

    /** Families per slice, as a run reads them. */
    static final int SLICE = 4_000;

    private SnapshotDecodeCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SnapshotDecodeCpuTime ROWS_FILE [rounds] [date]");
            System.exit(2);
        }
        SnapshotRows rows = SnapshotRows.load(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        LocalDate day = LocalDate.parse(args.length > 2 ? args[2] : "2026-10-01");
        FamilyFactsDecoder decoder = new FamilyFactsDecoder(day, RegistrySnapshot.LAW_INCOME_MONTHS);
        int slices = rows.ids.length / SLICE;
        int families = slices * SLICE;
        System.out.printf("families=%d, %.1f bytes per family, format %d, on %s%n", families,
                (double) rows.bytes() / rows.ids.length, rows.format, day);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ns = new double[rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int s = 0; s < slices; s++) {
                sink += SnapshotRows.decode(rows, decoder, s * SLICE, SLICE).persons();
            }
            ns[r] = (threads.getCurrentThreadCpuTime() - cpu) / (double) families;
            System.out.printf("round %d: %.0f ns of CPU per family%n", r + 1, ns[r]);
        }
        // the first third of the rounds warms the JIT up
        int from = rounds / 3;
        double[] kept = Arrays.copyOfRange(ns, from, rounds);
        Arrays.sort(kept);
        double median = kept.length % 2 == 1 ? kept[kept.length / 2]
                : (kept[kept.length / 2 - 1] + kept[kept.length / 2]) / 2;
        System.out.printf("median of rounds %d-%d: %.0f ns of CPU per family [%d]%n", from + 1, rounds, median,
                sink % 10);
    }
}
