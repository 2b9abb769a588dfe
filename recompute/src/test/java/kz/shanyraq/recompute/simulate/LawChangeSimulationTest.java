package kz.shanyraq.recompute.simulate;

import kz.shanyraq.law.parameter.ParameterFileException;
import kz.shanyraq.recompute.TestRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A law change simulated on every family of a small synthetic country, with the batch engine that pays. */
class LawChangeSimulationTest {

    /** The multi-child allowance's scale from 2025 (Social Code art. on the multi-child allowance), times a factor. */
    static String multiChild(String from, double factor) {
        return """
                parameters:
                  - name: multichild-allowance.coefficient
                    title: {ru: Пособие многодетной семье, kk: Көпбалалы отбасыға жәрдемақы, en: Multi-child allowance}
                    unit: MRP
                    keyed-by: children
                    versions:
                      - from: %s
                        values:
                          "4": %s
                          "5": %s
                          "6": %s
                          "7": %s
                          "8..": %s
                        status: unverified
                        act: Draft amendment (simulation)
                        sources: [simulation]
                """.formatted(from, r(16.03 * factor), r(20.04 * factor), r(24.05 * factor), r(28.06 * factor),
                r(4 * factor));
    }

    private static String r(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    @Test
    void theLawRestatedUnchangedGivesZeroDifferenceForEveryFamily() throws Exception {
        SimulationResult r = LawChangeSimulation.run(TestRegistry.dataSource(), TestRegistry.ON,
                multiChild("2026-01-01", 1.0), 2, n -> { });
        assertThat(r.families()).isGreaterThan(10_000);
        assertThat(r.total().gainers()).isZero();
        assertThat(r.total().losers()).isZero();
        assertThat(r.total().unchanged()).isEqualTo(r.families());
        assertThat(r.total().totalAfter()).isEqualTo(r.total().totalBefore()).isPositive();
        for (SimulationResult.MeasureCost m : r.measures()) {
            assertThat(m.amountAfter()).as(m.measure()).isEqualTo(m.amountBefore());
            assertThat(m.familiesAfter()).as(m.measure()).isEqualTo(m.familiesBefore());
        }
        assertThat(r.poverty().gapAfter()).isEqualTo(r.poverty().gapBefore());
    }

    @Test
    void multiChildAmountsTenPercentHigherRaiseOnlyThatMeasureAndMakeNoLoser() throws Exception {
        SimulationResult r = LawChangeSimulation.run(TestRegistry.dataSource(), TestRegistry.ON,
                multiChild("2026-01-01", 1.1), 2, n -> { });
        SimulationResult.MeasureCost multi = r.measures().stream()
                .filter(m -> m.measure().equals("multichild-allowance")).findFirst().orElseThrow();
        assertThat(multi.familiesBefore()).isPositive();
        assertThat(multi.amountAfter()).isGreaterThan(multi.amountBefore());
        assertThat((double) multi.amountAfter() / multi.amountBefore()).isBetween(1.09, 1.11);
        assertThat(r.total().losers()).isZero();
        assertThat(r.total().gainers()).isEqualTo(multi.familiesBefore());
        assertThat(r.total().gained()).isEqualTo(multi.amountAfter() - multi.amountBefore());
        assertThat(r.byDecile()).isNotEmpty();
        assertThat(r.examples()).extracting(SimulationResult.Example::label).contains("gainer");
        SimulationResult.Example gainer = r.examples().stream().filter(e -> e.label().equals("gainer")).findFirst()
                .orElseThrow();
        assertThat(gainer.measures()).anySatisfy(m -> {
            assertThat(m.measure()).isEqualTo("multichild-allowance");
            assertThat(m.after()).isGreaterThan(m.before());
            assertThat(m.parametersAfter()).isNotEqualTo(m.parametersBefore());
        });
    }

    @Test
    void aReformOfAParameterTheLawDoesNotHaveIsRefusedNamingIt() {
        assertThatThrownBy(() -> LawChangeSimulation.run(TestRegistry.dataSource(), TestRegistry.ON,
                multiChild("2026-01-01", 1.0).replace("multichild-allowance.coefficient", "multichild.nonsense"),
                1, n -> { }))
                .isInstanceOf(ParameterFileException.class)
                .hasMessageContaining("multichild.nonsense")
                .hasMessageContaining("no parameter");
    }
}
