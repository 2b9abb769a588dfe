package kz.shanyraq.app.web;

import kz.shanyraq.app.proactive.ProactiveDashboard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The proactive dashboard hides small cells by the distribution page's rule, complementary cell included. */
class ProactiveSmallCellsTest {

    @Test
    void a_single_small_answer_count_hides_the_next_smallest_so_the_sent_total_cannot_give_it_away() {
        var shown = ProactiveDashboardPage.Shown.of(
                new ProactiveDashboard.Row("birth-allowance", "KZ-59", 20, 3, 10, 7, 0, 3, 420_000));
        assertThat(shown.sent().count()).isEqualTo(20);
        assertThat(shown.consented().hidden()).isTrue();
        assertThat(shown.expired().hidden()).as("the complementary cell: the next smallest of the row").isTrue();
        assertThat(shown.refused().count()).isEqualTo(10);
        assertThat(shown.open().count()).isZero();
        assertThat(shown.assigned().hidden()).as("assigned offers are a part of the hidden consents").isTrue();
        assertThat(shown.amountHidden()).isTrue();
    }

    @Test
    void a_row_whose_only_answer_is_small_hides_its_total() {
        var shown = ProactiveDashboardPage.Shown.of(
                new ProactiveDashboard.Row("birth-allowance", "KZ-59", 2, 2, 0, 0, 0, 2, 280_000));
        assertThat(shown.sent().hidden()).isTrue();
        assertThat(shown.consented().hidden()).isTrue();
        assertThat(shown.refused().count()).isZero();
    }

    @Test
    void rows_without_small_answers_are_shown_whole() {
        var shown = ProactiveDashboardPage.Shown.of(
                new ProactiveDashboard.Row(null, null, 30, 12, 8, 5, 5, 12, 1_000_000));
        assertThat(shown.consented().count()).isEqualTo(12);
        assertThat(shown.expired().count()).isEqualTo(5);
        assertThat(shown.assigned().count()).isEqualTo(12);
        assertThat(shown.amountHidden()).isFalse();
    }
}
