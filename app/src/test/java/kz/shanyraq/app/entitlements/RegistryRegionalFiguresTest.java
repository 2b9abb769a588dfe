package kz.shanyraq.app.entitlements;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.law.region.FigureKind;
import kz.shanyraq.law.region.FigurePeriod;
import kz.shanyraq.law.region.Provenance;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.region.RegionalFigure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RegistryRegionalFiguresTest extends ServerTest {

    @Autowired
    RegistryRegionalFigures figures;

    @Test
    void the_median_computed_from_the_registry_reaches_the_law_and_an_official_figure_takes_precedence() {
        insert("median-per-capita-income", "KZ-59", "2025-Q3", "81234.50", "computed");
        RegionalFigure computed = figures.book().on(LocalDate.of(2025, 11, 1)).regional()
                .find(FigureKind.MEDIAN_INCOME, "KZ-59", FigurePeriod.of(Quarter.parse("2025-Q3"))).orElseThrow();
        assertThat(computed.value()).isEqualByComparingTo(new BigDecimal("81234.50"));
        assertThat(computed.provenance()).isEqualTo(Provenance.COMPUTED);

        insert("median-per-capita-income", "KZ-59", "2025-Q3", "80000", "official");
        RegionalFigure official = figures.book().on(LocalDate.of(2025, 11, 1)).regional()
                .find(FigureKind.MEDIAN_INCOME, "KZ-59", FigurePeriod.of(Quarter.parse("2025-Q3"))).orElseThrow();
        assertThat(official.value()).isEqualByComparingTo(new BigDecimal("80000"));
        assertThat(official.provenance()).isEqualTo(Provenance.OPERATOR);
    }

    private void insert(String series, String region, String period, String value, String provenance) {
        jdbc.sql("""
                        insert into regional_figure (series, region_code, period, value, provenance, source, computed_from)
                        values (:s, :r, :p, :v::numeric, :pr, 'test', 'a test')""")
                .param("s", series).param("r", region).param("p", period).param("v", value).param("pr", provenance)
                .update();
    }
}
