package kz.shanyraq.synth.calibration;

import kz.shanyraq.synth.country.CountryPlan;
import kz.shanyraq.synth.figures.SyntheticRegionalFigures;
import kz.shanyraq.synth.load.ChunkPipeline;

/** Development tool: generates a country in memory and prints the census (no database). */
public final class CensusHarness {
    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 0;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        long t0 = System.nanoTime();
        SyntheticRegionalFigures figures = SyntheticRegionalFigures.generate(seed);
        CountryPlan plan = CountryPlan.of(scale, seed, figures.povertyLines());
        long t1 = System.nanoTime();
        boolean countOnly = args.length > 3;
        if (countOnly) {
            // warm-up run, then a measured run without the census
            new ChunkPipeline(plan, threads).run(r -> { });
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        t1 = System.nanoTime();
        PopulationCensus census = new PopulationCensus(plan.povertyLines());
        long[] rows = {0};
        new ChunkPipeline(plan, threads, countOnly ? null : census::add).run(r -> rows[0] += r.rows());
        long t2 = System.nanoTime();
        System.out.printf("generation CPU %.1f s%n", (os.getProcessCpuTime() - cpu0) / 1e9);
        if (countOnly) {
            System.out.printf("generate %.1f s, rows %d%n", (t2 - t1) / 1e9, rows[0]);
            return;
        }
        System.out.printf("plan %.1f s, generate %.1f s, chunks %d, rows %d (%.0f rows/s)%n", (t1 - t0) / 1e9,
                (t2 - t1) / 1e9, plan.chunks().size(), rows[0], rows[0] / ((t2 - t1) / 1e9));
        double k = 1 / scale;
        census.counts().forEach((key, v) -> System.out.printf("  %-58s %,12d  (x1/scale: %,d)%n", key, v, Math.round(v * k)));
        System.out.println("family sizes: " + census.familySizes());
        System.out.println("births by year: " + census.birthsByYear());
        System.out.println("poverty lines: " + plan.povertyLines());
        long persons = census.count("persons");
        census.personsByRegion().forEach((r, v) -> System.out.printf("  %s persons %,d (%.2f%%) families %,d mean %.2f%n", r, v,
                100.0 * v / persons, census.familiesByRegion().get(r), v / (double) census.familiesByRegion().get(r)));
        census.rowsByTable().forEach((t, v) -> System.out.printf("  rows %-26s %,12d (x1/scale %,d)%n", t, v, Math.round(v * k)));
    }
}
