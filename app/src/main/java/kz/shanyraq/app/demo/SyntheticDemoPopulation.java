package kz.shanyraq.app.demo;

import kz.shanyraq.ingest.regional.Quarter;
import kz.shanyraq.ingest.regional.RegionalMedianIncome;
import kz.shanyraq.synth.LoadRefusedException;
import kz.shanyraq.synth.LoadReport;
import kz.shanyraq.synth.SyntheticCountry;
import kz.shanyraq.synth.country.SyntheticCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

/**
 * The default demo population: a synthetic country at a small scale (0.001 ≈ 20 000 persons), generated
 * deterministically and loaded once. A registry that already holds other data (an import, another scale) is left
 * alone and the server still starts.
 */
@Component
@ConditionalOnProperty(name = "shanyraq.demo.population", havingValue = "synthetic", matchIfMissing = true)
class SyntheticDemoPopulation implements DemoPopulation {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDemoPopulation.class);

    private final double scale;
    private final long seed;

    SyntheticDemoPopulation(@Value("${shanyraq.demo.scale:0.001}") double scale,
                            @Value("${shanyraq.demo.seed:2026}") long seed) {
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void ensureLoaded(DataSource ds) {
        try {
            LoadReport report = SyntheticCountry.load(ds, scale, seed);
            log.info(report.alreadyLoaded() ? "Demo population already loaded: {}" : "Demo population loaded: {}",
                    report.summaryLine());
            if (!report.alreadyLoaded()) {
                publishMedianIncomes(ds);
            }
        } catch (LoadRefusedException e) {
            log.warn("Demo population not loaded: {}", e.getMessage());
        }
        for (String iin : sampleIins(ds)) {
            log.info("Demo: a family to look up in district KZ-59-01 (consultant.sko), IIN {}", iin);
        }
    }

    /**
     * The regional median incomes of the quarters the synthetic incomes cover, computed from the registry as an
     * operator would (provenance 'computed'), so that the 2025 poverty line and the well-being scoring of the demo
     * families are determined on the days after the synthetic reference date.
     */
    private static void publishMedianIncomes(DataSource ds) {
        SyntheticCalendar.INCOME_MONTHS.stream().map(m -> Quarter.of(m.atDay(1))).distinct().forEach(q -> {
            new RegionalMedianIncome(ds).compute(q);
            log.info("Demo: regional median income of {} computed from the registry", q);
        });
    }

    /** IINs of a few heads of family in the demo consultant's district, so a first search finds someone. */
    static List<String> sampleIins(DataSource ds) {
        return JdbcClient.create(ds).sql("""
                        select p.iin from family_address a
                          join family_member m on m.family_id = a.family_id and m.relation = 'head' and m.valid_to is null
                          join person p on p.id = m.person_id
                         where a.district_id = 'KZ-59-01' and a.valid_to is null
                         order by (select count(*) from family_member c where c.family_id = a.family_id and c.valid_to is null) desc,
                                  p.id
                         limit 3""")
                .query(String.class).list();
    }
}
