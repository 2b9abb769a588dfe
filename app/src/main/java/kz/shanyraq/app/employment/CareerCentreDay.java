package kz.shanyraq.app.employment;

import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.employment.CheckIns;
import kz.shanyraq.law.employment.Deregistration;
import kz.shanyraq.law.employment.Registration;
import kz.shanyraq.law.parameter.Law;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the law decides by itself as days pass, run for a day (the consultant's screen runs it for today; the
 * operator may run it for any day up to today): a check-in missed closes the registration (art. 16 p. 1 pp. 3);
 * then a job seeker with no suitable work offered within 10 working days is registered as unemployed (the
 * registry's unemployment registration begins); a referral not attended within 5 working days closes it (pp. 2), and
 * so does a call for an active measure not answered within 3 working days (pp. 2, {@link MeasureCalls}). Each step is
 * idempotent: running a day twice changes nothing the second time.
 */
@Service
public class CareerCentreDay {

    private final JdbcClient jdbc;
    private final JobSeekers seekers;
    private final EmploymentLaw law;
    private final MeasureCalls calls;

    CareerCentreDay(JdbcClient jdbc, JobSeekers seekers, EmploymentLaw law, MeasureCalls calls) {
        this.jdbc = jdbc;
        this.seekers = seekers;
        this.law = law;
        this.calls = calls;
    }

    /** What a run did. */
    public record Result(LocalDate day, int unemployed, int closedForMissedCheckIn, int closedForNoShow,
                         int closedForNoShowAfterCall) {
    }

    public Result run(LocalDate today) {
        WorkingDays days = law.workingDays();
        int unemployed = 0;
        int missed = 0;
        int noShow = 0;
        for (JobSeekers.JobSeekerRow s : rows("""
                select id from job_seeker where standing <> 'closed' and check_in_due < :today order by id""", today)) {
            LocalDate day = s.checkInDue().plusDays(1);
            Law l = law.on(day);
            CheckIns.Due due = new CheckIns.Due(s.checkInDue(), null, null);
            Optional<Deregistration.Closing> c = Deregistration.afterCheckIn(due, false, day, l);
            if (c.isPresent()) {
                seekers.close(s.id(), c.get().ground(), day, c.get().norm());
                missed++;
            }
        }
        for (long id : jdbc.sql("""
                select id from job_seeker s where standing = 'job-seeker' and offer_due < :today
                   and not exists (select 1 from job_referral r where r.job_seeker_id = s.id and r.issued_on <= s.offer_due)
                 order by id""").param("today", today).query(Long.class).list()) {
            if (decideUnemployed(id, days)) {
                unemployed++;
            }
        }
        for (Long[] r : jdbc.sql("""
                select r.job_seeker_id, r.id from job_referral r join job_seeker s on s.id = r.job_seeker_id
                 where r.answer = 'no-show' and s.standing <> 'closed' order by r.id""")
                .query((rs, i) -> new Long[]{rs.getLong(1), rs.getLong(2)}).list()) {
            LocalDate issued = jdbc.sql("select issued_on from job_referral where id = :id").param("id", r[1])
                    .query(LocalDate.class).single();
            Optional<Deregistration.Closing> c = Deregistration.afterReferral(issued, false, today, days, law.on(today));
            if (c.isPresent()) {
                seekers.close(r[0], c.get().ground(), today, c.get().norm());
                noShow++;
            }
        }
        int noShowAfterCall = calls.closeLapsed(today, days);
        return new Result(today, unemployed, missed, noShow, noShowAfterCall);
    }

    /**
     * The decision on one job seeker after the offer day: still not registrable (a job found since, the pension
     * age reached) closes the registration with that ground; else unemployed from the day after the offer day.
     */
    private boolean decideUnemployed(long id, WorkingDays days) {
        JobSeekers.JobSeekerRow s = seekers.row(id).orElseThrow();
        LocalDate on = s.offerDue().plusDays(1);
        Law l = law.on(on);
        JobSeekers.Person p = seekers.person(s.iin(), on);
        Optional<Registration.Refusal> refusal = Registration.refusal(new Registration.Applicant(
                p.person().birthDate(), p.person().sex(), JobSeekers.employed(p), false, null, null), l);
        if (refusal.isPresent()) {
            Deregistration.Ground g = refusal.get().ground() == Registration.Ground.EMPLOYED
                    ? Deregistration.Ground.EMPLOYED : null;
            if (g != null) {
                seekers.close(id, g, on, Deregistration.established(g, on, l).norm());
            } else {
                jdbc.sql("""
                        update job_seeker set standing = 'closed', closed_on = :on, closed_reason = :r, closed_norm = :n
                         where id = :id and standing = 'job-seeker'""")
                        .param("on", on).param("r", refusal.get().ground().code())
                        .param("n", refusal.get().norm().citation()).param("id", id).update();
            }
            return false;
        }
        CheckIns.Due due = CheckIns.due(CheckIns.Standing.UNEMPLOYED, s.rural(), on, days, l);
        int n = jdbc.sql("""
                update job_seeker set standing = 'unemployed', unemployed_on = :on, check_in_due = greatest(check_in_due, :due),
                       version = version + 1
                 where id = :id and standing = 'job-seeker'""")
                .param("on", on).param("due", due.due()).param("id", id).update();
        if (n == 1) {
            jdbc.sql("""
                    insert into unemployment_registration (person_id, registered_on) values (:p, :on)
                    on conflict do nothing""").param("p", s.personId()).param("on", on).update();
        }
        return n == 1;
    }

    private List<JobSeekers.JobSeekerRow> rows(String sql, LocalDate today) {
        return jdbc.sql(sql).param("today", today).query(Long.class).list().stream()
                .map(id -> seekers.row(id).orElseThrow()).toList();
    }
}
