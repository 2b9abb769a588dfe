package kz.shanyraq.app.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A table is read back from its page as the reader saw it, then filtered and sorted as the page does. */
class HtmlTableTest {

    private static final String PAGE = """
            <p>before</p>
            <table class="grid" id="other"><tr><td>not this one</td></tr></table>
            <table class="grid" id="offers">
              <thead><tr><th scope="col" colspan="2">Семья</th><th scope="col">Сумма</th><th>Ответить до</th></tr></thead>
              <tbody>
              <tr><td><a href="/families/8">Семья № 8</a></td><td>Ахметов&nbsp;Айдар</td><td class="num">3 315 000 ₸</td><td>01.02.2027</td></tr>
              <tr><td>Семья № 12 <button>Взять</button></td><td>900000000000</td><td class="num">&lt;5</td><td>15.01.2027</td></tr>
              <tr><td>Семья № 3<details><table class="small"><tr><td>inner</td></tr></table></details></td><td>Серікова</td>
                  <td class="num">51 436,93 ₸</td><td>01.01.2028</td></tr>
              </tbody>
            </table>
            <p>after</p>""";

    @Test
    void the_table_is_read_with_its_headings_and_the_words_the_reader_saw() {
        HtmlTable t = HtmlTable.read(PAGE, "offers").orElseThrow();
        assertThat(t.headings).containsExactly("Семья", "", "Сумма", "Ответить до");
        assertThat(t.rows).hasSize(3);
        assertThat(t.rows.get(0)).containsExactly("Семья № 8", "Ахметов Айдар", "3 315 000 ₸", "01.02.2027");
        assertThat(t.rows.get(1).get(0)).as("a button is not a word of the table").isEqualTo("Семья № 12");
        assertThat(t.rows.get(2).get(0)).as("a table inside a cell is not read").isEqualTo("Семья № 3");
        assertThat(HtmlTable.read(PAGE, "missing")).isEmpty();
    }

    @Test
    void amounts_become_numbers_and_hidden_cells_iins_and_dates_stay_words() {
        List<List<Object>> values = HtmlTable.read(PAGE, "offers").orElseThrow().values();
        assertThat(values.get(0).get(2)).isEqualTo(new BigDecimal("3315000"));
        assertThat(values.get(2).get(2)).isEqualTo(new BigDecimal("51436.93"));
        assertThat(values.get(1).get(2)).isEqualTo("<5");
        assertThat(values.get(1).get(1)).isEqualTo("900000000000");
        assertThat(values.get(0).get(3)).isEqualTo("01.02.2027");
    }

    @Test
    void the_filter_keeps_rows_holding_every_word_in_any_case() {
        HtmlTable t = HtmlTable.read(PAGE, "offers").orElseThrow();
        assertThat(t.filtered("ахметов 8").rows).hasSize(1);
        assertThat(t.filtered("семья").rows).hasSize(3);
        assertThat(t.filtered("Семья Серікова 12").rows).isEmpty();
        assertThat(t.filtered("  ").rows).hasSize(3);
    }

    @Test
    void columns_sort_by_number_by_date_or_by_words() {
        HtmlTable t = HtmlTable.read(PAGE, "offers").orElseThrow();
        assertThat(t.sorted(2, false).rows).extracting(r -> r.get(2))
                .containsExactly("51 436,93 ₸", "3 315 000 ₸", "<5");
        assertThat(t.sorted(3, false).rows).extracting(r -> r.get(3))
                .containsExactly("15.01.2027", "01.02.2027", "01.01.2028");
        assertThat(t.sorted(3, true).rows).extracting(r -> r.get(3))
                .containsExactly("01.01.2028", "01.02.2027", "15.01.2027");
        assertThat(t.sorted(1, false).rows).extracting(r -> r.get(1))
                .containsExactly("900000000000", "Ахметов Айдар", "Серікова");
    }
}
