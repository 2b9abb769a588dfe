package kz.shanyraq.law.region;

import kz.shanyraq.law.parameter.ParameterUnknownException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionalFiguresTest {

    private static final FigurePeriod Q1_2025 = FigurePeriod.of(Quarter.parse("2025-Q1"));

    private static RegionalFile file(String name, String provenance, String value) {
        return RegionalFileReader.read(name, new StringReader("""
                provenance: %s
                note: test figures
                regional-figures:
                  - figure: subsistence-minimum
                    period: quarter
                    status: unverified
                    sources: [test]
                    note: test figures
                    values:
                      2025-Q1: {KZ-35: %s}
                """.formatted(provenance, value)));
    }

    @Test
    void an_official_figure_is_preferred_to_a_computed_or_synthetic_one_kept_apart() {
        RegionalFigures figures = RegionalFigures.builder()
                .add(file("synthetic.yaml", "synthetic", "40000"))
                .add(file("computed.yaml", "computed", "45000"))
                .add(file("official.yaml", "official", "50000"))
                .build();
        RegionalFigure best = figures.find(FigureKind.SUBSISTENCE_MINIMUM, "KZ-35", Q1_2025).orElseThrow();
        assertThat(best.value()).isEqualByComparingTo("50000");
        assertThat(best.provenance()).isEqualTo(Provenance.OFFICIAL);
        assertThat(figures.find(FigureKind.SUBSISTENCE_MINIMUM, "KZ-35", Q1_2025, Provenance.SYNTHETIC)
                .orElseThrow().value()).isEqualByComparingTo("40000");
    }

    @Test
    void without_an_actual_figure_a_synthetic_one_is_used_and_keeps_its_provenance() {
        RegionalFigures figures = RegionalFigures.builder().add(file("synthetic.yaml", "synthetic", "40000")).build();
        RegionalFigure f = figures.find(FigureKind.SUBSISTENCE_MINIMUM, "KZ-35", Q1_2025).orElseThrow();
        assertThat(f.provenance()).isEqualTo(Provenance.SYNTHETIC);
        assertThat(f.origin()).startsWith("SYNTHETIC figure, not official");
    }

    @Test
    void an_official_and_an_operator_figure_for_the_same_region_and_quarter_clash_naming_both_places() {
        RegionalFigures.Builder b = RegionalFigures.builder().add(file("official.yaml", "official", "50000"));
        assertThatThrownBy(() -> b.add(file("operator.yaml", "operator", "51000")))
                .isInstanceOf(RegionalFileException.class)
                .hasMessageContaining("operator.yaml:10")
                .hasMessageContaining("regional subsistence minimum KZ-35 2025-Q1")
                .hasMessageContaining("defined twice (also at official.yaml:10)");
    }

    @Test
    void an_operator_figure_fills_a_gap_recorded_in_a_shipped_file() {
        RegionalFile gap = RegionalFileReader.read("shipped.yaml", new StringReader("""
                provenance: official
                regional-figures:
                  - figure: subsistence-minimum
                    period: quarter
                    status: unknown
                    note: quarterly regional figures not captured
                    values:
                      2025-Q1: {others: unknown}
                """));
        RegionalFigures figures = RegionalFigures.builder().addShipped(gap)
                .add(file("operator.yaml", "operator", "52000")).build();
        assertThat(figures.find(FigureKind.SUBSISTENCE_MINIMUM, "KZ-35", Q1_2025).orElseThrow().value())
                .isEqualByComparingTo("52000");
        assertThatThrownBy(() -> figures.require(FigureKind.SUBSISTENCE_MINIMUM, "KZ-59", Q1_2025,
                LocalDate.of(2025, 4, 15)))
                .isInstanceOf(ParameterUnknownException.class)
                .hasMessageStartingWith("parameter unknown: regional subsistence minimum KZ-59 2025-Q1 on 2025-04-15")
                .hasMessageContaining("recorded as unknown at shipped.yaml:8: quarterly regional figures not captured");
    }

    @Test
    void a_missing_quarterly_figure_says_monthly_figures_are_not_averaged() {
        assertThatThrownBy(() -> RegionalFigures.empty().require(FigureKind.MEDIAN_INCOME, "KZ-10", Q1_2025,
                LocalDate.of(2025, 4, 1)))
                .hasMessageContaining("regional median income KZ-10 2025-Q1")
                .hasMessageContaining("quarterly method is not known");
    }

    @Test
    void a_shipped_file_may_not_carry_operator_or_synthetic_figures() {
        assertThatThrownBy(() -> RegionalFigures.builder().addShipped(file("demo.yaml", "synthetic", "1")))
                .hasMessageContaining("a shipped regional file must be official or computed");
        assertThatThrownBy(() -> RegionalFigures.builder().addShipped(file("op.yaml", "operator", "1")))
                .hasMessageContaining("belong in an operator folder");
    }
}
