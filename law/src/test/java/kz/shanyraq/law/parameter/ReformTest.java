package kz.shanyraq.law.parameter;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reform is a parameter file applied from its date: the law before it stays, the reform's values follow. */
class ReformTest {

    static final ParameterBook LAW = ParameterBook.standard();

    static String multiChild(String unit, String name) {
        return """
                parameters:
                  - name: %s
                    title: {ru: Пособие многодетной семье, kk: Көпбалалы отбасыға жәрдемақы, en: Multi-child allowance}
                    unit: %s
                    keyed-by: children
                    versions:
                      - from: 2026-01-01
                        values: {"4": 17.63, "5": 22.04, "6": 26.46, "7": 30.87, "8..": 4.4}
                        status: unverified
                        act: Draft amendment (simulation)
                        sources: [simulation]
                """.formatted(name, unit);
    }

    @Test
    void multiChildAllowanceOfFourChildren16_03MrpSocialCodeUntil2025ThenTheReformsValueFrom2026() {
        Reform reform = Reform.read("reform.yaml", multiChild("MRP", "multichild-allowance.coefficient"), LAW);
        ParameterBook reformed = ParameterBook.builder().addShipped().amend(reform).build();
        assertThat(reform.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        Parameter p = reformed.parameter("multichild-allowance.coefficient");
        assertThat(p.versionOn(LocalDate.of(2025, 12, 31)).numberFor("4")).isEqualByComparingTo(new BigDecimal("16.03"));
        assertThat(p.versionOn(LocalDate.of(2025, 12, 31)).to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.versionOn(LocalDate.of(2026, 1, 1)).numberFor("4")).isEqualByComparingTo(new BigDecimal("17.63"));
        assertThat(LAW.parameter("multichild-allowance.coefficient").versionOn(LocalDate.of(2026, 1, 1))
                .numberFor("4")).as("the law as shipped is unchanged").isEqualByComparingTo(new BigDecimal("16.03"));
    }

    @Test
    void aReformOfAParameterTheLawDoesNotHaveIsRefusedNamingIt() {
        assertThatThrownBy(() -> Reform.read("reform.yaml", multiChild("MRP", "multichild.nonsense"), LAW))
                .isInstanceOf(ParameterFileException.class)
                .hasMessageContaining("reform.yaml").hasMessageContaining("multichild.nonsense");
    }

    @Test
    void aReformInAnotherUnitThanTheLawsIsRefused() {
        assertThatThrownBy(() -> Reform.read("reform.yaml", multiChild("KZT", "multichild-allowance.coefficient"), LAW))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("unit");
    }

    @Test
    void aReformWithoutALegalReferenceIsRefusedAsAnyParameterFileIs() {
        String noAct = multiChild("MRP", "multichild-allowance.coefficient").replace("act: Draft amendment (simulation)",
                "act: \"\"");
        assertThatThrownBy(() -> Reform.read("reform.yaml", noAct, LAW))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("act");
    }
}
