package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyDocuments;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national recompute and the reform simulation evaluate slices of the registry at once with one engine. A slice's
 * regions are numbered within the slice, so the well-being thresholds (regional subsistence minimum, poverty line) of
 * one slice must never be read for another: a family of Petropavl would be measured against Zhetysu's poverty line.
 */
class ConcurrentSlicesWellbeingTest {

    private static final LocalDate ON = LocalDate.of(2025, 11, 1);

    private static Family read(String name) throws Exception {
        String json = Files.readString(Path.of(ConcurrentSlicesWellbeingTest.class.getResource("/families/" + name).toURI()));
        return FamilyDocuments.read(name, json, ON);
    }

    @Test
    void slicesWithDifferentRegionsMeasuredAtOnceEachGetTheirOwnRegionalThresholds() throws Exception {
        Family abai = read("example-family.json");          // KZ-75
        Family northKazakhstan = read("low-income-family.json"); // KZ-59
        Population twoRegions = new PopulationBuilder().add(abai).add(northKazakhstan).build();
        Population oneRegion = new PopulationBuilder().add(northKazakhstan).build();
        BatchEvaluator engine = BatchEvaluator.compile(ParameterBook.standard(), ON);
        long[] expectedTwo = BatchEvaluator.compile(ParameterBook.standard(), ON).wellbeingFeatures(twoRegions, 1).clone();
        long[] expectedOne = BatchEvaluator.compile(ParameterBook.standard(), ON).wellbeingFeatures(oneRegion, 0).clone();
        assertThat(expectedOne).isEqualTo(expectedTwo);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> slices = List.of(
                    () -> measureRepeatedly(engine, twoRegions, 1, expectedTwo),
                    () -> measureRepeatedly(engine, oneRegion, 0, expectedOne));
            List<Integer> wrong = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(slices)) {
                wrong.add(f.get());
            }
            assertThat(wrong).containsOnly(0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int measureRepeatedly(BatchEvaluator engine, Population p, int f, long[] expected) {
        int wrong = 0;
        for (int i = 0; i < 20_000; i++) {
            long[] v = engine.wellbeingFeatures(p, f);
            if (!java.util.Arrays.equals(v, expected)) {
                wrong++;
            }
        }
        return wrong;
    }
}
