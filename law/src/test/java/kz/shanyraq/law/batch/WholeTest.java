package kz.shanyraq.law.batch;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-family division shortcut gives exactly Math.floorDiv, whatever the magnitudes and signs. */
class WholeTest {

    private static final long[] EDGES = {0, 1, 2, 3, 7, 12, 1000, Integer.MAX_VALUE - 1L, Integer.MAX_VALUE,
            1L << 31, (1L << 52) - 1, 1L << 52, (1L << 52) + 1, (1L << 53) + 1, Long.MAX_VALUE, -1, -7,
            Integer.MIN_VALUE, Long.MIN_VALUE + 1};

    @Test
    void edgeMagnitudesDivideAsFloorDiv() {
        for (long a : EDGES) {
            for (long b : EDGES) {
                if (b != 0) {
                    assertThat(Whole.floorDiv(a, b)).as("%d ÷ %d", a, b).isEqualTo(Math.floorDiv(a, b));
                }
            }
        }
    }

    @Test
    void quarterIncomesAreasAndRatiosDivideAsFloorDiv() {
        Random r = new Random(42);
        for (int i = 0; i < 2_000_000; i++) {
            int bits = 1 + r.nextInt(62);
            long a = r.nextLong() >>> (63 - bits);
            long b = 1 + (r.nextLong() >>> (63 - 1 - r.nextInt(55)));
            if (r.nextInt(10) == 0) {
                a = -a;
            }
            assertThat(Whole.floorDiv(a, b)).isEqualTo(Math.floorDiv(a, b));
            // exact multiples and their neighbours, where a rounded quotient would be off by one
            long q = a / b;
            long m = q * b;
            assertThat(Whole.floorDiv(m, b)).isEqualTo(Math.floorDiv(m, b));
            assertThat(Whole.floorDiv(m - 1, b)).isEqualTo(Math.floorDiv(m - 1, b));
        }
    }
}
