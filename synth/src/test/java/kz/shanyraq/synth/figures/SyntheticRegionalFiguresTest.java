package kz.shanyraq.synth.figures;

import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.region.FigureKind;
import kz.shanyraq.law.region.FigurePeriod;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.region.RegionalFigures;
import kz.shanyraq.law.region.Regions;
import kz.shanyraq.synth.country.RegionProfiles;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

class SyntheticRegionalFiguresTest {

    private final SyntheticRegionalFigures figures = SyntheticRegionalFigures.generate(0);

    @Test
    void every_region_gets_a_subsistence_minimum_for_every_quarter_from_2017_to_the_reference_quarter() {
        for (String region : Regions.codes()) {
            assertThat(figures.find("subsistence-minimum", region, new Quarter(2017, 1))).isPresent();
            assertThat(figures.find("subsistence-minimum", region, new Quarter(2026, 4))).isPresent();
        }
        assertThat(figures.figures()).allSatisfy(f -> assertThat(f.value()).isPositive());
    }

    @Test
    void the_synthetic_figures_follow_the_official_national_figure_and_the_published_monthly_ratios() {
        long mangystau = figures.find("subsistence-minimum", "KZ-47", new Quarter(2025, 3)).orElseThrow().value();
        long northKazakhstan = figures.find("subsistence-minimum", "KZ-59", new Quarter(2025, 3)).orElseThrow().value();
        // official national Q3 2025: 60 878; Mangystau was 18.6 % above the national figure in Aug–Sep 2025
        assertThat((double) mangystau).isCloseTo(60_878 * 1.186, withPercentage(5));
        assertThat((double) northKazakhstan).isCloseTo(60_878 * 1.0, withPercentage(5));
        assertThat(mangystau).isGreaterThan(northKazakhstan);
    }

    @Test
    void no_synthetic_figure_is_made_where_an_official_one_exists() {
        RegionalFigures withOfficial = ParameterBook.builder().addShipped()
                .addRegional("official.yaml", new StringReader("""
                        provenance: official
                        regional-figures:
                          - figure: subsistence-minimum
                            period: quarter
                            status: unverified
                            act: Test publication
                            sources: [test]
                            values:
                              2026-Q2: {KZ-59: 64000}
                        """)).build().regional();
        SyntheticRegionalFigures made = SyntheticRegionalFigures.generate(0, withOfficial);
        assertThat(made.find("subsistence-minimum", "KZ-59", new Quarter(2026, 2))).isEmpty();
        assertThat(made.find("subsistence-minimum", "KZ-10", new Quarter(2026, 2))).isPresent();
        assertThat(withOfficial.find(FigureKind.SUBSISTENCE_MINIMUM, "KZ-59", FigurePeriod.of(new Quarter(2026, 2))))
                .isPresent();
    }

    @Test
    void median_incomes_are_made_only_for_the_quarters_before_the_synthetic_incomes() {
        assertThat(figures.find("median-income", "KZ-75", new Quarter(2024, 4))).isPresent();
        assertThat(figures.find("median-income", "KZ-75", new Quarter(2026, 2))).isPresent();
        assertThat(figures.find("median-income", "KZ-75", new Quarter(2026, 3))).isEmpty();
        assertThat(figures.find("median-income", "KZ-75", new Quarter(2024, 3))).isEmpty();
    }

    @Test
    void the_same_seed_makes_the_same_figures_and_another_seed_other_ones() {
        assertThat(SyntheticRegionalFigures.generate(0).figures()).isEqualTo(figures.figures());
        assertThat(SyntheticRegionalFigures.generate(1).figures()).isNotEqualTo(figures.figures());
    }

    @Test
    void the_poverty_line_of_each_region_is_seventy_percent_of_its_pm_or_more() {
        Map<String, Long> lines = figures.povertyLines();
        assertThat(lines).hasSize(RegionProfiles.all().size());
        lines.forEach((region, line) -> assertThat(line).isGreaterThanOrEqualTo(Math.round(0.7
                * figures.find("subsistence-minimum", region, new Quarter(2026, 3)).orElseThrow().value()) - 1));
    }
}
