package kz.shanyraq.law.region;

import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures shipped in kz/shanyraq/law/regional/ are those of legal-parameters.md §7.1, and nothing else. */
class ShippedRegionalFiguresTest {

    private final RegionalFigures shipped = ParameterBook.standard().regional();

    @ParameterizedTest(name = "{0} statistical ПМ: August 2025 {1}, September 2025 {2} (S52, S53)")
    @CsvSource({
            "KZ-47, 73276, 73994", "KZ-63, 67077, 66159", "KZ-71, 66204, 65696", "KZ-19, 65669, 65907",
            "KZ-75, 65573, 65651", "KZ-62, 63795, 62856", "KZ-10, 63571, 63447", "KZ-59, 62793, 61385",
            "KZ-11, 62143, 61702", "KZ-79, 61489, 61209", "KZ-35, 60342, 59779", "KZ-39, 59245, 58875",
            "KZ-33, 59115, 59725", "KZ, 62180, 61979"})
    void monthly_subsistence_minimum_of_august_and_september_2025_as_published(String region, int aug, int sep) {
        RegionalFigure a = month(region, 8);
        RegionalFigure s = month(region, 9);
        assertThat(a.value()).isEqualByComparingTo(String.valueOf(aug));
        assertThat(s.value()).isEqualByComparingTo(String.valueOf(sep));
        assertThat(a.sources()).containsExactly("S52");
        assertThat(s.sources()).containsExactly("S53");
        assertThat(a.status()).isEqualTo(SourceStatus.UNVERIFIED);
    }

    @ParameterizedTest(name = "{0}: not captured by the source, recorded as a gap")
    @CsvSource({"KZ-15", "KZ-23", "KZ-27", "KZ-31", "KZ-43", "KZ-55", "KZ-61"})
    void the_seven_regions_not_captured_are_gaps_not_guesses(String region) {
        FigurePeriod aug = FigurePeriod.of(YearMonth.of(2025, 8));
        assertThat(shipped.find(FigureKind.SUBSISTENCE_MINIMUM, region, aug)).isEmpty();
        assertThat(shipped.gap(FigureKind.SUBSISTENCE_MINIMUM, region, aug)).isPresent();
    }

    @Test
    void national_quarterly_subsistence_minimum_q2_56_208_and_q3_60_878_of_2025() {
        assertThat(quarter(FigureKind.SUBSISTENCE_MINIMUM, "KZ", "2025-Q2").value()).isEqualByComparingTo("56208");
        assertThat(quarter(FigureKind.SUBSISTENCE_MINIMUM, "KZ", "2025-Q3").value()).isEqualByComparingTo("60878");
    }

    @Test
    void no_quarterly_regional_subsistence_minimum_is_shipped_because_the_averaging_method_is_unknown() {
        assertThat(shipped.all()).filteredOn(f -> f.kind() == FigureKind.SUBSISTENCE_MINIMUM && f.period().isQuarter()
                        && !f.region().equals(Regions.NATIONAL))
                .isNotEmpty()
                .allMatch(f -> !f.known());
    }

    @Test
    void no_regional_median_income_is_known_and_every_2025_quarter_is_a_recorded_gap() {
        assertThat(shipped.all()).filteredOn(f -> f.kind() == FigureKind.MEDIAN_INCOME).allMatch(f -> !f.known());
        assertThat(shipped.gap(FigureKind.MEDIAN_INCOME, "KZ-59", FigurePeriod.parse("2025-Q2"))).isPresent();
    }

    @Test
    void north_kazakhstan_published_poverty_line_33_883_applies_to_q2_2024_applications_s27() {
        RegionalFigure line = quarter(FigureKind.POVERTY_LINE, "KZ-59", "2024-Q2");
        assertThat(line.value()).isEqualByComparingTo("33883");
        assertThat(line.sources()).containsExactly("S27");
        assertThat(line.status()).isEqualTo(SourceStatus.UNVERIFIED);
    }

    @Test
    void every_shipped_figure_is_official() {
        assertThat(shipped.all()).isNotEmpty().allMatch(f -> f.provenance() == Provenance.OFFICIAL);
    }

    private RegionalFigure month(String region, int month) {
        return shipped.find(FigureKind.SUBSISTENCE_MINIMUM, region, FigurePeriod.of(YearMonth.of(2025, month)))
                .orElseThrow();
    }

    private RegionalFigure quarter(FigureKind kind, String region, String quarter) {
        return shipped.find(kind, region, FigurePeriod.parse(quarter)).orElseThrow();
    }
}
