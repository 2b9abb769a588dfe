package kz.shanyraq.app.employment;

import kz.shanyraq.app.database.RegistryOwner;
import kz.shanyraq.synth.labour.SyntheticEmployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.LocalDate;

/**
 * Demo profile only: the career centres' data so that every employment screen has something to show, written once.
 * <ul>
 *   <li>vacancies, job seekers and unemployed, their check-ins and closings, and active-measure participations: the
 *       synthetic country generator's ({@link SyntheticEmployment}, the same as {@code ./shanyraq generate} writes,
 *       docs/synthetic-country.md "Employment"), with its histories run up to today so that no check-in is overdue on
 *       the first day; nothing when the registry holds no synthetic country (the hand-written population of the
 *       tests, which make their own) or already holds vacancies or job seekers;</li>
 *   <li>the resettlement quota of the current year in the eight regions of settlement of seed 001, 2 309 persons in
 *       all as the 2025 order gives them (split between the regions in proportion here: the seed gives no split), 40 %
 *       of it taken by synthetic kandas families, about half of the arrived families employed (seed 001: 163 of 340
 *       assisted were employed on a permanent job). The generator does not make quotas: they are a yearly order.</li>
 * </ul>
 */
@Component
@Profile("demo")
@Order(30)
class EmploymentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EmploymentDemoData.class);
    private static final String[] SETTLEMENT = {"KZ-11", "KZ-10", "KZ-39", "KZ-55", "KZ-23", "KZ-27", "KZ-63", "KZ-59"};

    private final JdbcClient jdbc;
    private final EmploymentLaw law;
    /** The generator writes by COPY and sets the sequences: as the schema owner where the server has one. */
    private final DataSource dataSource;

    EmploymentDemoData(JdbcClient jdbc, EmploymentLaw law, DataSource dataSource,
                       @RegistryOwner ObjectProvider<DataSource> owner) {
        this.jdbc = jdbc;
        this.law = law;
        DataSource schemaOwner = owner.getIfAvailable();
        this.dataSource = schemaOwner != null ? schemaOwner : dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = law.today();
        try {
            SyntheticEmployment.Report r = SyntheticEmployment.load(dataSource, today);
            if (r != null) {
                log.info("Demo employment data (synthetic country): {} vacancies ({} open), {} registrations ({} open), "
                        + "{} check-ins, {} measure participations", r.vacancies(), r.openVacancies(), r.jobSeekers(),
                        r.openRegistrations(), r.checkIns(), r.participations());
            }
        } catch (RuntimeException e) {
            // A demo nicety: the server still starts; the screens show empty lists.
            log.warn("Demo employment data not written: {}", e.getMessage());
        }
        int year = today.getYear();
        // Once: a quota of the year already loaded (by the demo or an operator's order) is left as it is.
        if (jdbc.sql("select count(*) from resettlement_quota where year = :y").param("y", year).query(Long.class).single() > 0) {
            return;
        }
        int[] persons = {420, 250, 330, 300, 180, 220, 289, 320}; // 2 309 in all (seed 001, 2025 order)
        for (int i = 0; i < SETTLEMENT.length; i++) {
            jdbc.sql("""
                    insert into resettlement_quota (year, region_code, persons, used, loaded_by)
                    values (:y, :r, :p, 0, 'demo') on conflict do nothing""")
                    .param("y", year).param("r", SETTLEMENT[i]).param("p", persons[i]).update();
            int families = persons[i] * 40 / 100 / 4;
            for (int f = 0; f < families; f++) {
                String head = String.format("%012d", 880_000_000_000L + year * 10_000L + i * 1000L + f);
                long relocation = Resettlement.relocationSubsidy(4, law.on(today));
                jdbc.sql("""
                        insert into resettlement_application (year, region_code, head_iin, kind, persons, applied_on,
                            relocation_subsidy, rent_subsidy_monthly, rent_months, explanation, arrived_on, employed_on,
                            applied_by)
                        values (:y, :r, :h, 'kandas', 4, :on, :rel, null, null, 'demo: relocation-subsidy, 4 persons',
                                :arrived, :employed, 'demo') on conflict do nothing""")
                        .param("y", year).param("r", SETTLEMENT[i]).param("h", head)
                        .param("on", today.minusDays(30 + f % 200)).param("rel", relocation)
                        .param("arrived", f % 5 == 0 ? null : today.minusDays(20 + f % 180))
                        .param("employed", f % 2 == 0 && f % 5 != 0 ? today.minusDays(10 + f % 150) : null).update();
                jdbc.sql("update resettlement_quota set used = used + 4 where year = :y and region_code = :r")
                        .param("y", year).param("r", SETTLEMENT[i]).update();
            }
        }
        log.info("Demo employment data: resettlement quota {} in {} regions", 2309, SETTLEMENT.length);
    }
}
