package kz.shanyraq.app.labour.internal;

import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.recompute.labour.LabourScoringRun;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The law's reference labour-risk model and the scoring run over the registry. */
@Configuration(proxyBeanMethods = false)
class LabourConfiguration {

    @Bean
    EnterpriseScoring enterpriseScoring() {
        return EnterpriseScoring.reference();
    }

    @Bean
    LabourScoringRun labourScoringRun(DataSource dataSource, EnterpriseScoring scoring) {
        return new LabourScoringRun(dataSource, scoring);
    }
}
