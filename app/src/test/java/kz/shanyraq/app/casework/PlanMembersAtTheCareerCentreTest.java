package kz.shanyraq.app.casework;

import kz.shanyraq.app.employment.JobSeekers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003: the social contract's plan puts the members it gives an employment measure on the career centre's list. */
class PlanMembersAtTheCareerCentreTest extends CaseworkTestSupport {

    @Autowired
    JobSeekers jobSeekers;

    @Test
    void a_member_with_vocational_training_in_the_plan_is_invited_to_register_and_one_with_a_screening_is_not() {
        closeRegistrationsOf(5001, 5002);
        LocalDate on = applied();
        long id = underContract(on);
        long contract = files.open(CONSULTANT, id).contract().id();

        assertThat(jdbc.sql("select person_id from job_seeker_invitation where contract_id = :k and job_seeker_id is null")
                .param("k", contract).query(Long.class).list())
                .as("5001 has vocational training (employment), 5002 a screening (social adaptation)")
                .containsExactly(5001L);
        assertThat(jdbc.sql("select reason || ' ' || region_code || ' ' || invited_on from job_seeker_invitation "
                        + "where contract_id = :k").param("k", contract).query(String.class).single())
                .isEqualTo("social-contract KZ-61 " + on.plusDays(4));

        long seeker = jobSeekers.register(CONSULTANT.user(), "api",
                new JobSeekers.NewJobSeeker(iinOf(5001), null, null, null, null, null));

        assertThat(jdbc.sql("select channel from job_seeker where id = :s").param("s", seeker).query(String.class).single())
                .isEqualTo("social-contract");
        assertThat(jdbc.sql("select job_seeker_id from job_seeker_invitation where contract_id = :k")
                .param("k", contract).query(Long.class).single()).isEqualTo(seeker);
    }

    @Test
    void a_member_already_registered_at_the_centre_is_not_invited_again() {
        LocalDate on = applied();
        closeRegistrationsOf(5001);
        long registered = jobSeekers.register(CONSULTANT.user(), "api",
                new JobSeekers.NewJobSeeker(iinOf(5001), on, null, null, null, null));
        long id = underContract(on);

        assertThat(jdbc.sql("select count(*) from job_seeker_invitation where contract_id = :k")
                .param("k", files.open(CONSULTANT, id).contract().id()).query(Long.class).single()).isZero();
        closeRegistrationsOf(5001);
    }

    /** Other tests of the shared database may have registered these members. */
    private void closeRegistrationsOf(long... persons) {
        for (long p : persons) {
            jdbc.sql("""
                    update job_seeker set standing = 'closed', closed_on = registered_on, closed_reason = 'employed'
                    where person_id = :p and standing <> 'closed'""").param("p", p).update();
        }
    }
}
