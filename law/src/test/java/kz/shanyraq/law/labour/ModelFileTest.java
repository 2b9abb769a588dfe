package kz.shanyraq.law.labour;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFileTest {

    private static final String HEAD = """
            model:
              id: test
              title: {ru: т, kk: т, en: t}
              status: reference
              versions:
                - from: 2024-01-01
                  scores:
                    - code: s
                      title: {ru: т, kk: т, en: t}
            """;

    private static LabourRiskModel read(String scoreBody) {
        return LabourRiskModelReader.read("test.yaml", new StringReader(HEAD + scoreBody));
    }

    @Test
    void an_unknown_feature_is_refused_naming_its_path() {
        assertThatThrownBy(() -> read("""
                          bands:
                            - {code: low, from-points: 0, title: {ru: т, kk: т, en: t}}
                            - {code: high, from-points: 10, title: {ru: т, kk: т, en: t}}
                          indicators:
                            - {code: x, feature: bogus, title: {ru: т, kk: т, en: t}, source: s, points: [{points: 1}]}
                """)).hasMessage("test.yaml: model.versions[0].scores[0].indicators[0].feature: unknown feature bogus");
    }

    @Test
    void bands_out_of_order_are_refused() {
        assertThatThrownBy(() -> read("""
                          bands:
                            - {code: low, from-points: 0, title: {ru: т, kk: т, en: t}}
                            - {code: high, from-points: 10, title: {ru: т, kk: т, en: t}}
                            - {code: mid, from-points: 5, title: {ru: т, kk: т, en: t}}
                          indicators: []
                """)).hasMessageContaining("bands[2].from-points: bands must be in ascending order");
    }

    @Test
    void a_trigger_naming_an_unknown_band_is_refused() {
        assertThatThrownBy(() -> read("""
                          bands:
                            - {code: low, from-points: 0, title: {ru: т, kk: т, en: t}}
                            - {code: high, from-points: 10, title: {ru: т, kk: т, en: t}}
                          hard-triggers:
                            - {code: t, band: extreme, basis: b, title: {ru: т, kk: т, en: t}, when: [{feature: strikes, at-least: 1}]}
                          indicators: []
                """)).hasMessageContaining("hard-triggers[0].band: no band extreme");
    }

    @Test
    void a_last_step_with_a_bound_is_refused() {
        assertThatThrownBy(() -> read("""
                          bands:
                            - {code: low, from-points: 0, title: {ru: т, kk: т, en: t}}
                            - {code: high, from-points: 10, title: {ru: т, kk: т, en: t}}
                          indicators:
                            - {code: x, feature: strikes, title: {ru: т, kk: т, en: t}, source: s, points: [{below: 1, points: 0}]}
                """)).hasMessageContaining("points[0].below: the last step has no 'below'");
    }
}
