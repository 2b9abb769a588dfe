package kz.shanyraq.app.support;

import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.lifeevents.TestFamilies;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HardSituationCasesTest extends LifeEventTestSupport {

    @Test
    void the_death_of_a_father_opens_a_breadwinner_loss_case_in_the_district_and_offers_the_survivor_benefit()
            throws Exception {
        TestFamilies.Family f = family("KZ-71", "KZ-71-01");
        send(event("death-1", "death-registered", today().minusDays(2), f.fatherIin(), Map.of()));
        awaitProcessed("death-1");

        Map<String, Object> c = template.queryForMap("select * from support_case where family_id = ? "
                + "and rule_code = 'breadwinner-loss'", f.id());
        assertThat(c.get("region_code")).isEqualTo("KZ-71");
        assertThat(c.get("district_id")).isEqualTo("KZ-71-01");
        assertThat(c.get("deadline").toString()).isEqualTo(today().plusDays(3).toString());
        assertThat(count("select count(*) from breadwinner_loss where family_id = ?", f.id())).isEqualTo(1);
        assertThat(count("select count(*) from offer where family_id = ? and measure = 'survivor-benefit'", f.id()))
                .isGreaterThanOrEqualTo(1);
        assertThat(outcome("death-1")).contains("breadwinner loss recorded").contains("breadwinner-loss");
    }

    @Test
    void job_loss_in_a_family_with_children_opens_a_case_and_job_loss_without_children_does_not() throws Exception {
        TestFamilies.Family f = family("KZ-71", "KZ-71-01");
        send(event("job-1", "employment-terminated", today().minusDays(1), f.motherIin(),
                Map.of("employerBin", TestFamilies.EMPLOYER, "reason", "staff reduction")));
        awaitProcessed("job-1");
        assertThat(count("select count(*) from support_case where family_id = ? and rule_code = 'job-loss-with-children'",
                f.id())).isEqualTo(1);
        assertThat(count("select count(*) from employment_contract where person_id = ? and ended_on = ?",
                f.mother(), java.sql.Date.valueOf(today().minusDays(1)))).isEqualTo(1);
    }

    @Test
    void a_disability_established_for_a_child_opens_two_cases_onset_and_child_disability() throws Exception {
        TestFamilies.Family f = family("KZ-71", "KZ-71-01");
        send(event("dis-child", "disability-established", today(), f.childIin(), Map.of("cause", "childhood")));
        awaitProcessed("dis-child");
        assertThat(jdbc.sql("select rule_code from support_case where family_id = :f order by rule_code")
                .param("f", f.id()).query(String.class).list()).containsExactly("child-disability", "disability-onset");
        assertThat(count("select count(*) from offer where family_id = ? and measure = 'disabled-child-carer-allowance'",
                f.id())).isEqualTo(1);
    }

    @Test
    void every_rule_names_a_condition_the_server_knows() {
        HardSituations situations = new HardSituations(jdbc, clock);
        assertThat(situations.rules()).isNotEmpty()
                .allSatisfy(r -> assertThat(SituationConditions.ALL).containsKey(r.condition()));
    }
}
