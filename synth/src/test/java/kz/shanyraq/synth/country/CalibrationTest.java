package kz.shanyraq.synth.country;

import kz.shanyraq.synth.calibration.PopulationCensus;
import kz.shanyraq.synth.figures.SyntheticRegionalFigures;
import kz.shanyraq.synth.load.ChunkPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

/** The shares the synthetic country is calibrated to hold at a small scale (0.02 ≈ 400 000 persons). */
class CalibrationTest {

    private static final double SCALE = 0.02;
    private static PopulationCensus census;

    @BeforeAll
    static void generate() throws Exception {
        CountryPlan plan = CountryPlan.of(SCALE, 0, SyntheticRegionalFigures.generate(0).povertyLines());
        census = new PopulationCensus(plan.povertyLines());
        new ChunkPipeline(plan, 2, census::add).run(rows -> { });
    }

    @Test
    void every_region_holds_its_share_of_the_population_within_five_percent() {
        long total = census.count("persons");
        for (RegionProfile region : RegionProfiles.all()) {
            double target = region.population() / (double) RegionProfiles.totalPopulation();
            double generated = census.personsByRegion().get(region.code()) / (double) total;
            assertThat(generated).as(region.code() + " " + region.nameEn()).isCloseTo(target, withPercentage(5));
        }
    }

    @Test
    void the_country_has_about_20_million_persons_in_6_3_million_families() {
        assertThat(census.count("persons") / SCALE).isCloseTo(20_140_000, withPercentage(3));
        assertThat(census.count("families") / SCALE).isCloseTo(6_300_000, withPercentage(4));
    }

    @Test
    void families_in_the_south_are_larger_than_in_the_north() {
        assertThat(meanSize("KZ-61")).isGreaterThan(3.7);
        assertThat(meanSize("KZ-59")).isLessThan(2.9);
        assertThat(census.familySizes().get(1)).isPositive();
        assertThat(census.familySizes().get(10)).isPositive();
    }

    @Test
    void the_published_shares_are_met_within_ten_percent() {
        assertThat(scaled("births in the last 12 months")).isCloseTo(343_000, withPercentage(10));
        assertThat(scaled("families with 4+ minors")).isCloseTo(603_000, withPercentage(10));
        assertThat(scaled("awarded mothers")).isCloseTo(243_400, withPercentage(10));
        assertThat(scaled("persons with disability")).isCloseTo(700_000, withPercentage(10));
        assertThat(scaled("survivor dependants")).isCloseTo(175_400, withPercentage(10));
        assertThat(scaled("employees")).isCloseTo(4_500_000, withPercentage(10));
        assertThat(scaled("families at or below the poverty line")).isCloseTo(53_000, withPercentage(25));
    }

    private static double scaled(String key) {
        return census.count(key) / SCALE;
    }

    private static double meanSize(String region) {
        return census.personsByRegion().get(region) / (double) census.familiesByRegion().get(region);
    }
}
