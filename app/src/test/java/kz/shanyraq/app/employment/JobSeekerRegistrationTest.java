package kz.shanyraq.app.employment;

import kz.shanyraq.app.familycard.AccessRefusedException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobSeekerRegistrationTest extends EmploymentTestSupport {

    @Test
    void a_consultant_registers_a_job_seeker_with_suitable_work_due_in_10_working_days_and_the_read_is_audited() {
        String iin = person(today().minusYears(30), 'M', "urban");
        long audit = auditRows();
        LocalDate on = workingDaysAgo(0);

        long id = register(iin, on, "7212", "сварка, монтаж металлоконструкций");

        JobSeekers.JobSeekerRow r = seekers.row(id).orElseThrow();
        assertThat(r.standing()).isEqualTo("job-seeker");
        assertThat(r.offerDue()).isEqualTo(DAYS.after(on, 10));
        assertThat(r.informOn()).isEqualTo(on.plusDays(10));
        assertThat(r.checkInDue()).isEqualTo(DAYS.after(on, 3));
        assertThat(auditRows()).isGreaterThan(audit);
    }

    @Test
    void a_person_under_sixteen_is_refused_with_art_14_pp_1_and_the_refusal_is_recorded() {
        String iin = person(today().minusYears(15), 'F', "urban");
        assertThatThrownBy(() -> register(iin, today(), null, null))
                .isInstanceOfSatisfying(EmploymentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("under-min-age");
                    assertThat(e.norm()).contains("ст. 14");
                });
        assertThat(jdbc.sql("select count(*) from job_seeker_refusal where iin = :i").param("i", iin)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from job_seeker where iin = :i").param("i", iin)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_person_with_a_running_employment_contract_is_refused_art_14_pp_2_by_the_registrys_rule() {
        String iin = person(today().minusYears(40), 'M', "urban");
        contract(iin, today().minusYears(2), null);
        assertThatThrownBy(() -> register(iin, today(), null, null))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("employed"));
    }

    @Test
    void a_man_of_pension_age_is_refused_art_14_pp_3() {
        String iin = person(today().minusYears(64), 'M', "rural");
        assertThatThrownBy(() -> register(iin, today(), null, null))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("pension-age"));
    }

    @Test
    void knowingly_false_information_is_refused_art_14_pp_4() {
        String iin = person(today().minusYears(40), 'F', "urban");
        assertThatThrownBy(() -> seekers.register(CONSULTANT, "api",
                new JobSeekers.NewJobSeeker(iin, today(), null, null, null, true)))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("false-information"));
    }

    @Test
    void a_consultant_of_another_region_is_refused_and_the_refusal_is_audited() {
        String iin = person(today().minusYears(30), 'M', "urban");
        long before = auditRows();
        assertThatThrownBy(() -> seekers.register(NORTH, "api", new JobSeekers.NewJobSeeker(iin, today(), null, null,
                null, null))).isInstanceOf(AccessRefusedException.class);
        assertThat(auditRows()).isEqualTo(before + 1);
    }

    @Test
    void invalid_input_names_the_field_and_writes_nothing() {
        assertThatThrownBy(() -> register("12345", today(), null, null))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class, e -> assertThat(e.field()).isEqualTo("iin"));
        String iin = person(today().minusYears(30), 'M', "urban");
        assertThatThrownBy(() -> register(iin, today(), "0000", null))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("occupationCode"));
        assertThatThrownBy(() -> register(iin, today().plusDays(1), null, null))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("registeredOn"));
        assertThat(jdbc.sql("select count(*) from job_seeker where iin = :i").param("i", iin)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_portal_registers_a_citizen_and_a_second_open_registration_is_refused() {
        String iin = person(today().minusYears(25), 'F', "urban");
        long id = seekers.register(PORTAL, "api", new JobSeekers.NewJobSeeker(iin, null, null, null, null, null));
        assertThat(jdbc.sql("select channel from job_seeker where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("portal");
        assertThatThrownBy(() -> register(iin, today(), null, null))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("already-registered"));
    }

    @Test
    void no_suitable_work_in_10_working_days_makes_the_job_seeker_unemployed_art_13() {
        String iin = person(today().minusYears(30), 'M', "urban");
        LocalDate on = workingDaysAgo(12);
        long id = register(iin, on, null, null);
        LocalDate offerDue = seekers.row(id).orElseThrow().offerDue();
        seekers.checkIn(CONSULTANT, id, DAYS.after(on, 3), null);
        seekers.checkIn(CONSULTANT, id, DAYS.after(on, 6), null);
        seekers.checkIn(CONSULTANT, id, DAYS.after(on, 9), null);

        day.run(offerDue);
        assertThat(standing(id)).isEqualTo("job-seeker");
        day.run(offerDue.plusDays(1));

        JobSeekers.JobSeekerRow r = seekers.row(id).orElseThrow();
        assertThat(r.standing()).isEqualTo("unemployed");
        assertThat(r.unemployedOn()).isEqualTo(offerDue.plusDays(1));
        assertThat(r.checkInDue()).isEqualTo(DAYS.after(offerDue.plusDays(1), 10));
        assertThat(jdbc.sql("select count(*) from unemployment_registration where person_id = :p and registered_on = :on")
                .param("p", personId(iin)).param("on", offerDue.plusDays(1)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_missed_check_in_closes_the_registration_art_16_p_1_pp_3_and_registering_again_waits_30_days_art_16_p_2() {
        String iin = person(today().minusYears(30), 'F', "urban");
        LocalDate on = workingDaysAgo(6);
        long id = register(iin, on, null, null);

        day.run(today());

        assertThat(standing(id)).isEqualTo("closed");
        assertThat(closedReason(id)).isEqualTo("missed-check-in");
        assertThat(jdbc.sql("select closed_norm from job_seeker where id = :id").param("id", id).query(String.class)
                .single()).contains("пп. 3");
        assertThatThrownBy(() -> register(iin, today(), null, null))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("re-registration-too-soon"));
    }

    @Test
    void a_court_sentence_closes_the_registration_art_16_p_1_pp_4_and_a_missed_check_in_cannot_be_declared() {
        String iin = person(today().minusYears(30), 'M', "urban");
        long id = register(iin, today(), null, null);
        assertThatThrownBy(() -> seekers.deregister(CONSULTANT, id, "missed-check-in", today()))
                .isInstanceOf(InvalidEmploymentInputException.class);
        seekers.deregister(CONSULTANT, id, "convicted", today());
        assertThat(closedReason(id)).isEqualTo("convicted");
        assertThat(jdbc.sql("select closed_norm from job_seeker where id = :id").param("id", id).query(String.class)
                .single()).contains("пп. 4");
    }

    @Test
    void forged_documents_close_the_registration_art_16_p_1_pp_6() {
        String iin = person(today().minusYears(30), 'M', "urban");
        long id = register(iin, today(), null, null);
        seekers.deregister(CONSULTANT, id, "false-documents", today());
        assertThat(closedReason(id)).isEqualTo("false-documents");
    }

    @Test
    void a_job_loss_reported_as_a_life_event_invites_the_person_and_the_registration_takes_the_invitation() {
        String iin = person(today().minusYears(33), 'M', "urban");
        long pid = personId(iin);
        jdbc.sql("""
                insert into life_event (source_system, source_id, kind, effective_on, subject_iin, payload, content_hash,
                    received_by, status, family_id)
                values ('esutd', :src, 'employment-terminated', :on, :iin, '{"employerBin":"150340001111"}'::jsonb,
                        'x', 'test', 'processed', :f)""")
                .param("src", "test-" + iin).param("on", today().minusDays(2)).param("iin", iin).param("f", pid).update();

        assertThat(invitations.inviteNew()).isGreaterThanOrEqualTo(1);
        assertThat(files.worklist(CONSULTANT).invitations()).anySatisfy(i -> assertThat(i.iin()).isEqualTo(iin));

        long id = register(iin, today(), null, null);
        assertThat(jdbc.sql("select channel from job_seeker where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("life-event");
        assertThat(files.worklist(CONSULTANT).invitations()).noneSatisfy(i -> assertThat(i.iin()).isEqualTo(iin));
    }
}
