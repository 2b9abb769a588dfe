package kz.shanyraq.recompute.simulate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deciles' bounds (what a distributed simulation's first pass finds) put every family in the decile the
 * one-machine rule gives it: the rank of its income among the known incomes (how many are lower) × 10 / their number.
 */
class IncomeDecileBoundsTest {

    @Test
    @DisplayName("Every income falls in the decile of its rank, with many equal incomes across the bounds and few"
            + " families, and an unknown income in none of the ten")
    void boundsGiveEachIncomeTheDecileOfItsRank() {
        Random random = new Random(7);
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            int k = 1 + random.nextInt(round < 100 ? 25 : 3_000);
            long[] incomes = new long[k];
            int spread = 1 + random.nextInt(round % 3 == 0 ? 4 : 100_000); // few distinct values: many ties
            for (int i = 0; i < k; i++) {
                incomes[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(spread);
            }
            long[] sorted = incomes.clone();
            Arrays.sort(sorted);
            long[] bounds = LawChangeSimulation.Tally.decileBounds(k, i -> sorted[(int) i], u -> {
                for (long v : sorted) {
                    if (v > u) {
                        return v;
                    }
                }
                return Long.MAX_VALUE;
            });
            for (long x : incomes) {
                long rank = Arrays.stream(sorted).filter(v -> v < x).count();
                int byRank = (int) Math.min(9, rank * 10 / k);
                assertThat(LawChangeSimulation.Tally.decile(bounds, x)).as("income %d of %d known", x, k)
                        .isEqualTo(byRank);
                checked++;
            }
            assertThat(LawChangeSimulation.Tally.decile(bounds, -1)).isEqualTo(10);
        }
        assertThat(checked).isGreaterThan(100_000);
    }
}
