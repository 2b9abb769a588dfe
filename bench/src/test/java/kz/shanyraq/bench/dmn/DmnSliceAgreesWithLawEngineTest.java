package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.synth.country.InMemoryCountry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate of the side-by-side benchmark: the DMN decisions and the law engine give every family of a small
 * synthetic country the same outcome and amount for each measure of the slice, and the same well-being category.
 */
class DmnSliceAgreesWithLawEngineTest {

    private static final ParameterBook BOOK = ParameterBook.standard();
    private static DmnSlice dmn;

    @BeforeAll
    static void compileOnce() {
        dmn = DmnSlice.compile();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"2017-07-01", "2025-09-01"})
    @DisplayName("Every family of the synthetic country (scale 0.0005) gets the same slice answer from DMN and the law engine")
    void dmnAndLawEngineAgreeOnEveryFamily(String date) {
        LocalDate on = LocalDate.parse(date);
        List<Family> families = InMemoryCountry.families(0.0005, 1, on).toList();

        SliceComparison.Report report = new SliceComparison(BOOK, dmn).compare(families, on);

        assertThat(report.families()).isGreaterThan(2_500);
        assertThat(report.entitled()).as("entitlements found (the comparison is not vacuous)").isGreaterThan(50);
        assertThat(report.differences()).as("differences on " + on + " (first 30)")
                .satisfies(d -> assertThat(d.subList(0, Math.min(30, d.size()))).isEmpty());
    }
}
