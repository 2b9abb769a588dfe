package kz.shanyraq.app.employment;

import kz.shanyraq.law.labour.Bin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Demo profile only: the career centres' data so that every employment screen has something to show, made once
 * (when no vacancy exists) and deterministically from the registry the demo holds. Written to the employment tables
 * only, never to the registry:
 * <ul>
 *   <li>30 open vacancies in each district, over the occupations of the classifier, wages 85–585 thousand ₸;</li>
 *   <li>the registry's registered unemployed (an open unemployment registration) as the centre's unemployed, up to 400,
 *       with their next check-in in 10 working days; one in three has an active-measure history (completed or
 *       dropped out months ago);</li>
 *   <li>the resettlement quota of the current year in the eight regions of settlement of seed 001, 2 309 persons in
 *       all as the 2025 order gives them (split between the regions in proportion here: the seed gives no split), 40 %
 *       of it taken by synthetic kandas families, about half of the arrived families employed (seed 001: 163 of 340
 *       assisted were employed on a permanent job).</li>
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

    EmploymentDemoData(JdbcClient jdbc, EmploymentLaw law) {
        this.jdbc = jdbc;
        this.law = law;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from vacancy").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = law.today();
        int vacancies = jdbc.sql("""
                with os as (select array_agg(code order by code) as c, array_agg(name_ru order by code) as t from occupation)
                insert into vacancy (employer_bin, employer_name, occupation_code, title, requirements, region_code,
                                     district_id, wage, quota_job, social_job, places, opened_on, created_by)
                select :bin, 'ТОО «Демо-работодатель ' || (d.rn * 7 + g) % 300 || '»',
                       os.c[1 + (d.rn * 13 + g * 7) % cardinality(os.c)],
                       os.t[1 + (d.rn * 13 + g * 7) % cardinality(os.c)]
                         || (array['', ' 4 разряда', '-стажёр', ' (вахта)', ' старший'])[1 + g % 5],
                       (array['опыт работы от 1 года', 'без опыта', 'среднее специальное образование',
                              'водительские права категории B', 'знание 1С', 'сменный график',
                              'удостоверение сварщика', 'уход за пожилыми'])[1 + (g * 3 + d.rn) % 8],
                       d.region_code, d.id, 85000 + ((d.rn * 7919 + g * 104729) % 500) * 1000,
                       g % 15 = 0, g % 10 = 0, 1 + g % 3, cast(:today as date) - ((g * 3) % 60), 'demo'
                  from (select id, region_code, row_number() over (order by id) as rn from district) d,
                       generate_series(1, 30) g, os""")
                .param("bin", Bin.complete("1503400011")).param("today", today).update();
        LocalDate due = law.workingDays().after(today, 10);
        int seekers = jdbc.sql("""
                insert into job_seeker (person_id, iin, family_id, region_code, district_id, rural, channel,
                    registered_on, offer_due, inform_on, standing, unemployed_on, occupation_code, skills, last_wage,
                    check_in_due, registered_by)
                select p.id, p.iin, m.family_id, a.region_code, a.district_id, a.locality = 'rural', 'career-centre',
                       u.registered_on, u.registered_on + 14, u.registered_on + 10, 'unemployed', u.registered_on,
                       (select code from occupation order by code offset (p.id % 28) limit 1),
                       (array['сварка', 'кухня', 'продажи', 'уход', 'склад', 'вождение'])[1 + p.id % 6],
                       (select income from social_contribution c where c.person_id = p.id order by month desc limit 1),
                       :due, 'demo'
                  from unemployment_registration u
                  join person p on p.id = u.person_id
                  join family_member m on m.person_id = p.id and m.valid_to is null
                  join family_address a on a.family_id = m.family_id and a.valid_to is null
                 where u.ended_on is null and u.registered_on <= :today
                   and not exists (select 1 from job_seeker s where s.person_id = p.id and s.standing <> 'closed')
                 order by p.id limit 400
                on conflict do nothing""").param("due", due).param("today", today).update();
        int measures = jdbc.sql("""
                insert into measure_participation (job_seeker_id, person_id, region_code, district_id, measure,
                    referred_on, started_on, ended_on, outcome, referred_by)
                select s.id, s.person_id, s.region_code, s.district_id,
                       (array['vocational-training', 'public-works', 'social-jobs', 'youth-practice',
                              'entrepreneurship'])[1 + s.id % 5],
                       cast(:today as date) - 240, cast(:today as date) - 230, cast(:today as date) - 140,
                       case when s.id % 4 = 0 then 'dropped-out' else 'completed' end, 'demo'
                  from job_seeker s where s.registered_by = 'demo' and s.id % 3 = 0""").param("today", today).update();
        int year = today.getYear();
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
        log.info("Demo employment data: {} vacancies, {} unemployed, {} measure histories, quota {} in {} regions",
                vacancies, seekers, measures, 2309, SETTLEMENT.length);
    }
}
