package kz.shanyraq.app.labour.internal;

import kz.shanyraq.app.labour.LabourMap;
import kz.shanyraq.synth.labour.SyntheticEnterprises;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;

/**
 * With the demo profile: the synthetic enterprises (scale {@code shanyraq.labour.demo-scale}, default 0.005 ≈ 870
 * enterprises; none loaded when the registry already holds enterprises) and a first published scoring run as of
 * today, before the server reports it is ready.
 */
@Component
@Profile("demo")
@Order(20)
class LabourDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LabourDemo.class);

    private final DataSource dataSource;
    private final LabourMap map;
    private final Clock clock;
    private final double scale;
    private final long seed;

    LabourDemo(DataSource dataSource, LabourMap map, Clock clock,
               @Value("${shanyraq.labour.demo-scale:0.005}") double scale,
               @Value("${shanyraq.demo.seed:2026}") long seed) {
        this.dataSource = dataSource;
        this.map = map;
        this.clock = clock;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (scale <= 0) {
            return;
        }
        SyntheticEnterprises.Report report = SyntheticEnterprises.load(dataSource, scale, seed);
        if (report != null) {
            log.info("Demo profile: loaded {} synthetic enterprises ({} workers)", report.enterprises(), report.workers());
        }
        map.ensureFirstRun(LocalDate.now(clock));
    }
}
