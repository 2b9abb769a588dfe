package kz.shanyraq.synth.load;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class RowBufferTest {

    @Test
    void numerics_are_written_as_base_10000_digits_with_weight_and_scale() {
        // 58.27 → digits [58, 2700], weight 0, scale 2
        assertThat(fieldBytes(new RowBuffer(16).numeric(5827, 2)))
                .isEqualTo(new int[]{0, 0, 0, 12, 0, 2, 0, 0, 0, 0, 0, 2, 0, 58, 0x0A, 0x8C});
        // 123456.5 (scale 4: 1234565000) → digits [12, 3456, 5000], weight 1
        assertThat(fieldBytes(new RowBuffer(16).numeric(1_234_565_000L, 4)))
                .isEqualTo(new int[]{0, 0, 0, 14, 0, 3, 0, 1, 0, 0, 0, 4, 0, 12, 0x0D, 0x80, 0x13, 0x88});
        // 0.15 ha as ten-thousandths (1500) → one fractional digit 1500, weight -1
        assertThat(fieldBytes(new RowBuffer(16).numeric(1500, 4)))
                .isEqualTo(new int[]{0, 0, 0, 10, 0, 1, 0xFF, 0xFF, 0, 0, 0, 4, 0x05, 0xDC});
    }

    @Test
    void dates_count_days_from_2000_and_null_is_minus_one() {
        assertThat(fieldBytes(new RowBuffer(8).date(LocalDate.of(2000, 1, 2)))).isEqualTo(new int[]{0, 0, 0, 4, 0, 0, 0, 1});
        assertThat(fieldBytes(new RowBuffer(8).date(null))).isEqualTo(new int[]{0xFF, 0xFF, 0xFF, 0xFF});
    }

    private static int[] fieldBytes(RowBuffer b) {
        return Arrays.stream(toInts(Arrays.copyOf(b.bytes(), b.length()))).toArray();
    }

    private static int[] toInts(byte[] bytes) {
        int[] ints = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ints[i] = bytes[i] & 0xFF;
        }
        return ints;
    }
}
