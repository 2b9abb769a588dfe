package kz.shanyraq.law.region;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Regional figures are loaded with the parameters and reached from the law of a day. */
class ParameterBookRegionalTest {

    @Test
    void the_law_of_a_day_reaches_the_shipped_regional_figures() {
        Law law = ParameterBook.standard().on(LocalDate.of(2024, 5, 10));
        assertThat(law.regional()).isSameAs(ParameterBook.standard().regional());
        assertThat(law.regional().find(FigureKind.POVERTY_LINE, "KZ-59", FigurePeriod.parse("2024-Q2"))).isPresent();
    }

    @Test
    void an_operator_folder_adds_regional_files_next_to_parameter_files(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("q1-2025.yaml"), """
                provenance: operator
                regional-figures:
                  - figure: subsistence-minimum
                    period: quarter
                    status: official
                    sources: ["stat.gov.kz, Q1 2025 table"]
                    values:
                      2025-Q1: {KZ-59: 51000}
                """);
        Files.writeString(dir.resolve("draft.yaml"), """
                parameters:
                  - name: draft.example
                    title: {ru: Пример, en: Example}
                    unit: count
                    versions:
                      - from: 2025-01-01
                        value: 1
                        status: unverified
                        act: draft
                        sources: [test]
                """);
        ParameterBook book = ParameterBook.builder().addShipped().addFolder(dir).build();
        RegionalFigure f = book.regional().find(FigureKind.SUBSISTENCE_MINIMUM, "KZ-59", FigurePeriod.parse("2025-Q1"))
                .orElseThrow();
        assertThat(f.value()).isEqualByComparingTo("51000");
        assertThat(f.provenance()).isEqualTo(Provenance.OPERATOR);
        assertThat(book.has("draft.example")).isTrue();
        assertThat(book.has("asp.poverty-line.share")).isTrue();
    }

    @Test
    void an_invalid_operator_regional_file_stops_loading_with_file_line_and_field(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), """
                provenance: operator
                regional-figures:
                  - figure: subsistence-minimum
                    period: quarter
                    status: official
                    sources: [x]
                    values:
                      2025-Q1: {KZ-5: 51000}
                """);
        assertThatThrownBy(() -> ParameterBook.builder().addShipped().addFolder(dir).build())
                .isInstanceOf(RegionalFileException.class)
                .hasMessageContaining("bad.yaml:8: field 'regional-figures[1].values.2025-Q1.KZ-5'");
    }

    @Test
    void a_book_built_without_regional_files_has_no_figures() {
        assertThat(ParameterBook.builder().build().regional().all()).isEmpty();
    }
}
