package kz.shanyraq.law.region;

import kz.shanyraq.law.parameter.SourceStatus;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionalFileReaderTest {

    private static final String VALID = """
            provenance: official
            regional-figures:
              - figure: subsistence-minimum
                period: month
                status: unverified
                sources: [S52]
                note: Seven regions not captured.
                values:
                  2025-08:
                    KZ: 62180
                    KZ-47: 73_276
                    others: unknown
            """;

    private static RegionalFile read(String yaml) {
        return RegionalFileReader.read("regions.yaml", new StringReader(yaml));
    }

    @Test
    void a_figure_is_read_with_its_provenance_status_sources_and_line() {
        RegionalFile file = read(VALID);
        RegionalFigure mangystau = file.figures().stream().filter(f -> f.region().equals("KZ-47")).findFirst()
                .orElseThrow();
        assertThat(mangystau.value()).isEqualByComparingTo("73276");
        assertThat(mangystau.period()).isEqualTo(FigurePeriod.of(YearMonth.of(2025, 8)));
        assertThat(mangystau.provenance()).isEqualTo(Provenance.OFFICIAL);
        assertThat(mangystau.status()).isEqualTo(SourceStatus.UNVERIFIED);
        assertThat(mangystau.sources()).containsExactly("S52");
        assertThat(mangystau.location().toString()).isEqualTo("regions.yaml:11");
    }

    @Test
    void others_unknown_records_a_gap_for_every_region_not_listed() {
        RegionalFile file = read(VALID);
        // KZ (national) + KZ-47 known, the other 19 regions recorded as gaps
        assertThat(file.figures()).hasSize(21);
        assertThat(file.figures().stream().filter(f -> !f.known())).hasSize(19)
                .allMatch(f -> f.note().equals("Seven regions not captured."));
    }

    @Test
    void a_region_code_outside_the_twenty_iso_codes_is_refused_naming_file_line_and_field() {
        assertThatThrownBy(() -> read(VALID.replace("KZ-47: 73_276", "KZ-99: 73_276")))
                .isInstanceOf(RegionalFileException.class)
                .hasMessageStartingWith("regions.yaml:11: field 'regional-figures[1].values.2025-08.KZ-99'")
                .hasMessageContaining("not a region code");
    }

    @Test
    void a_quarter_in_a_monthly_series_is_refused() {
        assertThatThrownBy(() -> read(VALID.replace("2025-08:", "2025-Q3:")))
                .hasMessageStartingWith("regions.yaml:9: field 'regional-figures[1].values.2025-Q3'")
                .hasMessageContaining("is not a month");
    }

    @Test
    void an_official_figure_without_sources_is_refused() {
        assertThatThrownBy(() -> read(VALID.replace("    sources: [S52]\n", "")))
                .hasMessageContaining("field 'regional-figures[1].sources'")
                .hasMessageContaining("'sources' must name where the figures were read");
    }

    @Test
    void an_unknown_figure_without_a_note_saying_what_is_missing_is_refused() {
        assertThatThrownBy(() -> read(VALID.replace("    note: Seven regions not captured.\n", "")))
                .hasMessageContaining("unknown figures need a 'note'");
    }

    @Test
    void a_negative_or_non_numeric_figure_is_refused() {
        assertThatThrownBy(() -> read(VALID.replace("62180", "-5"))).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> read(VALID.replace("62180", "about 62k"))).hasMessageContaining("is not a number");
    }

    @Test
    void the_same_region_twice_in_a_period_is_refused() {
        assertThatThrownBy(() -> read(VALID.replace("KZ: 62180", "KZ-47: 62180")))
                .hasMessageContaining("field 'regional-figures[1].values.2025-08.KZ-47': region appears twice");
    }

    @Test
    void a_provenance_other_than_the_four_is_refused() {
        assertThatThrownBy(() -> read(VALID.replace("provenance: official", "provenance: estimated")))
                .hasMessageStartingWith("regions.yaml:1: field 'provenance'")
                .hasMessageContaining("official, operator, computed, synthetic");
    }

    @Test
    void synthetic_figures_need_a_note_and_computed_figures_must_say_how_they_were_computed() {
        String synthetic = VALID.replace("provenance: official", "provenance: synthetic")
                .replace("    note: Seven regions not captured.\n", "").replace("        others: unknown\n", "");
        assertThatThrownBy(() -> read(synthetic)).hasMessageContaining("synthetic figures need a 'note'");
        String computed = VALID.replace("provenance: official", "provenance: computed")
                .replace("    note: Seven regions not captured.\n", "").replace("        others: unknown\n", "");
        assertThatThrownBy(() -> read(computed)).hasMessageContaining("computed figures need a 'note'");
    }

    @Test
    void a_poverty_line_is_given_per_quarter_of_application_not_per_month() {
        assertThatThrownBy(() -> read(VALID.replace("figure: subsistence-minimum", "figure: poverty-line")))
                .hasMessageContaining("a poverty line is set per quarter of application");
    }

    @Test
    void an_unknown_field_is_refused_listing_the_allowed_ones() {
        assertThatThrownBy(() -> read(VALID.replace("    status: unverified", "    status: unverified\n    unit: KZT")))
                .hasMessageContaining("unknown field 'unit'");
    }

    @Test
    void a_regional_file_is_told_apart_from_a_parameter_file_by_its_top_key() {
        assertThat(RegionalFileReader.isRegionalFile(VALID)).isTrue();
        assertThat(RegionalFileReader.isRegionalFile("parameters:\n  - name: x\n")).isFalse();
    }

    @Test
    void a_figure_of_a_status_unknown_series_must_not_carry_a_value() {
        assertThatThrownBy(() -> read(VALID.replace("status: unverified", "status: unknown")))
                .hasMessageContaining("status 'unknown' must not carry a value");
    }
}
