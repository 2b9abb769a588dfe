package kz.shanyraq.app.recompute;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Small counts are hidden so that no family can be singled out, and hidden cells cannot be worked back. */
class DistributionRowTest {

    private static Distribution.Row row(long c1, long c2, long c3, long c4, long c5, long c6, long none) {
        return Distribution.Row.of("KZ-59", null, new long[]{c1, c2, c3, c4, c5, c6}, none, 3, 12);
    }

    @Test
    void countsOfFiveAndMoreAndEmptyCellsAreShown() {
        Distribution.Row r = row(5, 120, 0, 40, 7, 9, 6);
        assertThat(r.categories()).extracting(Distribution.Cell::count).containsExactly(5L, 120L, 0L, 40L, 7L, 9L);
        assertThat(r.uncategorised().count()).isEqualTo(6);
        assertThat(r.families()).isEqualTo(187);
    }

    @Test
    void twoSmallCellsAreHiddenAndTheTotalStays() {
        Distribution.Row r = row(3, 120, 2, 40, 7, 9, 6);
        assertThat(r.categories()).extracting(Distribution.Cell::hidden)
                .containsExactly(true, false, true, false, false, false);
        assertThat(r.categories().get(0).count()).isNull();
        assertThat(r.families()).isEqualTo(187);
    }

    @Test
    void aSingleSmallCellTakesTheNextSmallestWithItSoTheTotalDoesNotGiveItAway() {
        Distribution.Row r = row(1, 120, 0, 40, 7, 9, 6);
        // 1 hidden; 6 (no category) is the next smallest non-empty cell.
        assertThat(r.categories().get(0).hidden()).isTrue();
        assertThat(r.uncategorised().hidden()).isTrue();
        assertThat(r.categories().get(4).count()).isEqualTo(7);
        assertThat(r.families()).isEqualTo(183);
    }

    @Test
    void aRowOfOneSmallCellOnlyWithholdsItsTotal() {
        Distribution.Row r = row(0, 0, 4, 0, 0, 0, 0);
        assertThat(r.categories().get(2).hidden()).isTrue();
        assertThat(r.families()).isNull();
    }

    @Test
    void upAndDownMovesOfOneToFourAreHidden() {
        Distribution.Row r = row(5, 5, 5, 5, 5, 5, 0);
        assertThat(r.up().hidden()).isTrue();
        assertThat(r.down().count()).isEqualTo(12);
    }

    @Test
    void theBarSplitsTheShownFamiliesByCategory() {
        Distribution.Row r = row(10, 30, 0, 60, 0, 0, 0);
        assertThat(r.segments()).extracting(Distribution.Segment::category).containsExactly(1, 2, 4);
        assertThat(r.segments()).extracting(Distribution.Segment::width).containsExactly(10.0, 30.0, 60.0);
        assertThat(r.segments().get(2).x()).isEqualTo(40.0);
    }
}
