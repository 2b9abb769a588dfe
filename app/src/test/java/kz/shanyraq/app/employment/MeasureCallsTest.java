package kz.shanyraq.app.employment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The call to an active measure recorded, and the ground of art. 16 p. 1 pp. 2 applied from it. */
class MeasureCallsTest extends EmploymentTestSupport {

    /** A 24-year-old registered 7 working days ago who kept both check-ins (due every 3 working days). */
    private long youngJobSeeker(LocalDate from) {
        String iin = person(today().minusYears(24), 'F', "urban");
        long seeker = register(iin, from, null, null);
        seekers.checkIn(CONSULTANT, seeker, DAYS.after(from, 3), null);
        seekers.checkIn(CONSULTANT, seeker, DAYS.after(from, 6), null);
        return seeker;
    }

    @Test
    void no_show_within_3_working_days_when_called_for_an_active_measure_closes_the_registration_art_16_p_1_pp_2() {
        LocalDate from = workingDaysAgo(7);
        long seeker = youngJobSeeker(from);
        LocalDate called = DAYS.after(from, 2);
        calls.call(CONSULTANT, seeker, "vocational-training", called);

        day.run(DAYS.after(called, 3));
        assertThat(standing(seeker)).isEqualTo("job-seeker");
        CareerCentreDay.Result r = day.run(DAYS.after(called, 4));

        assertThat(closedReason(seeker)).isEqualTo("no-show-after-call");
        assertThat(r.closedForNoShowAfterCall()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select closed_norm from job_seeker where id = :id").param("id", seeker)
                .query(String.class).single()).contains("482-V");
        assertThat(jdbc.sql("select closed_on from job_seeker where id = :id").param("id", seeker)
                .query(LocalDate.class).single()).isEqualTo(DAYS.after(called, 4));
    }

    @Test
    void a_referral_to_the_measure_called_for_answers_the_call_and_the_registration_stays_open_art_16_p_1_pp_2() {
        LocalDate from = workingDaysAgo(7);
        long seeker = youngJobSeeker(from);
        LocalDate called = DAYS.after(from, 2);
        long call = calls.call(CONSULTANT, seeker, "vocational-training", called);
        measures.refer(CONSULTANT, new ActiveMeasures.NewParticipation(seeker, "vocational-training",
                DAYS.after(called, 1), null, null, null));

        day.run(DAYS.after(called, 4));

        assertThat(standing(seeker)).isEqualTo("job-seeker");
        assertThat(calls.of(seeker)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(call);
            assertThat(c.appearedOn()).isEqualTo(DAYS.after(called, 1));
        });
    }

    @Test
    void a_good_reason_recorded_for_a_call_keeps_the_registration_open_art_16_p_1_pp_2() {
        LocalDate from = workingDaysAgo(7);
        long seeker = youngJobSeeker(from);
        long call = calls.call(CONSULTANT, seeker, "public-works", DAYS.after(from, 2));
        calls.answered(CONSULTANT, call, DAYS.after(from, 3), true);

        day.run(DAYS.after(from, 7));

        assertThat(standing(seeker)).isEqualTo("job-seeker");
        assertThatThrownBy(() -> calls.answered(CONSULTANT, call, today(), false))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("already-answered"));
    }

    @Test
    void a_call_with_an_unknown_measure_or_a_day_before_the_registration_names_the_field_and_writes_nothing() {
        String iin = person(today().minusYears(30), 'M', "urban");
        long seeker = register(iin, today(), null, null);
        assertThatThrownBy(() -> calls.call(CONSULTANT, seeker, "knitting", today()))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("measure"));
        assertThatThrownBy(() -> calls.call(CONSULTANT, seeker, "public-works", today().minusDays(1)))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("calledOn"));
        assertThatThrownBy(() -> calls.call(NORTH, seeker, "public-works", today()))
                .isInstanceOf(kz.shanyraq.app.familycard.AccessRefusedException.class);
        assertThat(calls.of(seeker)).isEmpty();
    }
}
