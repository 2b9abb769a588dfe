package kz.shanyraq.recompute.run;

import kz.shanyraq.recompute.TestRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class PreviousCategoriesTest {

    @ParameterizedTest(name = "ids from {0} apart")
    @ValueSource(longs = {1, 1_000_000_000_000L})
    @DisplayName("The published run's category of each family is found whether the registry's ids are dense or sparse;"
            + " a family unscored or absent there has none")
    void categoriesOfThePublishedRunAreFoundByFamily(long step) throws Exception {
        try (Connection c = TestRegistry.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists previous_categories_probe");
            s.execute("create table previous_categories_probe (like recompute_result_template)");
            // families 7, 7+step, 7+2·step …: categories 1..6 then one unscored, rows stored out of id order
            for (int i = 6; i >= 0; i--) {
                s.execute("insert into previous_categories_probe values (" + (7 + i * step) + ", 'KZ-59', null, 1, "
                        + (i < 6 ? String.valueOf(i + 1) : "null") + ", null, '{}', '{}', '{}')");
            }
            PreviousCategories published = PreviousCategories.read(c, "previous_categories_probe");
            for (int i = 0; i < 6; i++) {
                assertThat(published.of(7 + i * step)).as("family %d", 7 + i * step).isEqualTo(i + 1);
            }
            assertThat(published.of(7 + 6 * step)).as("unscored").isEqualTo(PreviousCategories.NONE);
            assertThat(published.of(6)).as("absent, below").isEqualTo(PreviousCategories.NONE);
            assertThat(published.of(8 + 6 * step)).as("absent, above").isEqualTo(PreviousCategories.NONE);
            if (step > 1) {
                assertThat(published.of(7 + step / 2)).as("absent, between").isEqualTo(PreviousCategories.NONE);
            }
            s.execute("drop table previous_categories_probe");
        }
    }
}
