package kz.shanyraq.law.wellbeing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MethodologyFileReaderTest {

    /** A valid file; each test breaks one line of it. */
    private static final String VALID = """
            methodology:
              id: test
              title: {ru: т, kk: т, en: t}
              status: reference
              versions:
                - from: 2025-01-01
                  status: reference
                  outcomes:
                    - {code: "1", title: {ru: a, kk: a, en: a}}
                    - {code: "2", min-points: 0, title: {ru: b, kk: b, en: b}}
                    - {code: "3", min-points: 10, title: {ru: c, kk: c, en: c}}
                  hard-rules:
                    - code: poor
                      outcome: "1"
                      title: {ru: p, kk: p, en: p}
                      when:
                        - {feature: income-to-food-pm, below: 1000}
                  criteria:
                    - code: dwellings
                      group: housing
                      feature: dwellings
                      title: {ru: d, kk: d, en: d}
                      bands:
                        - {below: 1, points: 0}
                        - {points: 10}
            """;

    @Test
    void aValidFileLoadsAndCompiles() {
        Methodology m = MethodologyFileReader.read("test.yaml", new StringReader(VALID));
        long[] x = new long[Feature.COUNT];
        x[Feature.INCOME_TO_FOOD_PM.ordinal()] = 1500;
        x[Feature.DWELLINGS.ordinal()] = 1;
        assertThat(m.compile(java.time.LocalDate.of(2025, 6, 1)).category(x)).isEqualTo(3);
        x[Feature.DWELLINGS.ordinal()] = 0;
        assertThat(m.compile(java.time.LocalDate.of(2025, 6, 1)).category(x)).isEqualTo(2);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "feature: dwellings|feature: rooms|21|unknown feature 'rooms'",
            "- {below: 1, points: 0}|- {below: 1, points: 0, weight: 2}|24|unknown field 'weight'",
            "- {points: 10}|- {below: 0, points: 10}|25|the last band must have no 'below'",
            "outcome: \"1\"|outcome: \"7\"|14|unknown outcome '7'",
            "min-points: 10,|min-points: 0,|11|thresholds must rise",
            "min-points: 0,|min-points: 5,|6|the lowest possible total, 0 points, reaches no outcome",
            "{feature: income-to-food-pm, below: 1000}|{feature: income-to-food-pm}|17|needs 'at-least', 'below' or both",
            "status: reference|status: draft|4|unknown status 'draft'",
            "from: 2025-01-01|from: 2025-13-01|6|is not a date",
    })
    void anInvalidFileIsRefusedNamingFileLineAndField(String from, String to, int line, String reason) {
        String broken = VALID.replace(from, to);
        assertThat(broken).isNotEqualTo(VALID);
        assertThatThrownBy(() -> MethodologyFileReader.read("broken.yaml", new StringReader(broken)))
                .isInstanceOf(MethodologyFileException.class)
                .hasMessageStartingWith("broken.yaml:" + line + ":")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((MethodologyFileException) e).field()).isNotBlank());
    }

    @Test
    void overlappingVersionsAreRefused() {
        String twice = VALID + VALID.substring(VALID.indexOf("    - from:")).replace("2025-01-01", "2025-06-01");
        assertThatThrownBy(() -> MethodologyFileReader.read("twice.yaml", new StringReader(twice)))
                .isInstanceOf(MethodologyFileException.class)
                .hasMessageContaining("versions[1].from")
                .hasMessageContaining("overlaps");
    }

    @Test
    void bandsMustRise() {
        String wrong = VALID.replace("- {below: 1, points: 0}", "- {below: 5, points: 0}\n            - {below: 3, points: 1}");
        assertThatThrownBy(() -> MethodologyFileReader.read("bands.yaml", new StringReader(wrong)))
                .hasMessageContaining("criteria[0].bands[1].below").hasMessageContaining("bands must rise");
    }
}
