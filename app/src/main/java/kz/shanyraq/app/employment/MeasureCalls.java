package kz.shanyraq.app.employment;

import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.employment.ActiveMeasure;
import kz.shanyraq.law.employment.Deregistration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The centre's call of a registered person for an active employment measure, and whether the person came: a call
 * not answered within the working days of {@code employment.deregistration.no-show-after-call} (3) closes the
 * registration with «no-show-after-call» (Law 482-V art. 16 p. 1 pp. 2) — the law's
 * {@link Deregistration#afterCall}, applied by the day's run ({@link CareerCentreDay}). The person came when the
 * consultant records it, or when the person is referred to the measure called for on or after the call.
 */
@Service
public class MeasureCalls {

    private final JdbcClient jdbc;
    private final JobSeekers seekers;
    private final EmploymentAccess access;
    private final EmploymentLaw law;

    MeasureCalls(JdbcClient jdbc, JobSeekers seekers, EmploymentAccess access, EmploymentLaw law) {
        this.jdbc = jdbc;
        this.seekers = seekers;
        this.access = access;
        this.law = law;
    }

    public record Call(long id, long jobSeekerId, String measure, LocalDate calledOn, LocalDate appearedOn,
                       boolean excused) {
    }

    /** Records a call of an open registration's person (the consultant of the territory). */
    @Transactional
    public long call(kz.shanyraq.app.security.ShanyraqUser user, long jobSeekerId, String measure, LocalDate calledOn) {
        access.requireRole(user, "call persons for active measures", EmploymentAccess.CAREER_CENTRE);
        ActiveMeasure m;
        try {
            m = ActiveMeasure.byCode(measure == null ? "" : measure);
        } catch (IllegalArgumentException e) {
            throw new InvalidEmploymentInputException("measure", "measure is one of " + String.join(", ",
                    Arrays.stream(ActiveMeasure.values()).map(ActiveMeasure::code).toList()));
        }
        JobSeekers.JobSeekerRow s = seekers.open(user, jobSeekerId);
        LocalDate day = calledOn == null ? law.today() : calledOn;
        if (day.isAfter(law.today()) || day.isBefore(s.registeredOn())) {
            throw new InvalidEmploymentInputException("calledOn", "calledOn must lie between the registration and today");
        }
        return jdbc.sql("""
                insert into measure_call (job_seeker_id, measure, called_on, called_by)
                values (:s, :m, :on, :by) returning id""")
                .param("s", jobSeekerId).param("m", m.code()).param("on", day).param("by", user.getUsername())
                .query(Long.class).single();
    }

    /**
     * The person came on a day (or had a good reason, {@code excused}); once. A day after the registration closed
     * changes nothing: the call is answered only while it is waiting.
     */
    @Transactional
    public void answered(kz.shanyraq.app.security.ShanyraqUser user, long callId, LocalDate on, boolean excused) {
        access.requireRole(user, "record the answer to a call", EmploymentAccess.CAREER_CENTRE);
        Call c = get(callId).orElseThrow(() -> new EmploymentNotFoundException("No call " + callId));
        seekers.open(user, c.jobSeekerId());
        LocalDate day = on == null ? law.today() : on;
        if (day.isAfter(law.today()) || day.isBefore(c.calledOn())) {
            throw new InvalidEmploymentInputException("on", "the day must lie between the call and today");
        }
        int n = jdbc.sql("""
                update measure_call set appeared_on = :on, excused = :ex, answered_by = :by
                 where id = :id and appeared_on is null and not excused""")
                .param("on", excused ? null : day).param("ex", excused).param("by", user.getUsername())
                .param("id", callId).update();
        if (n == 0) {
            throw new EmploymentRefusedException("already-answered", "The call was already answered.", null);
        }
    }

    /** A referral to the measure called for answers the call: the person came. */
    void referredTo(long jobSeekerId, String measure, LocalDate on) {
        jdbc.sql("""
                update measure_call set appeared_on = :on, answered_by = 'referral'
                 where job_seeker_id = :s and measure = :m and called_on <= :on and appeared_on is null and not excused""")
                .param("on", on).param("s", jobSeekerId).param("m", measure).update();
    }

    public List<Call> of(long jobSeekerId) {
        return jdbc.sql("""
                select id, job_seeker_id, measure, called_on, appeared_on, excused from measure_call
                 where job_seeker_id = :s order by called_on, id""").param("s", jobSeekerId)
                .query((rs, i) -> new Call(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6))).list();
    }

    private Optional<Call> get(long id) {
        return jdbc.sql("select id, job_seeker_id, measure, called_on, appeared_on, excused from measure_call where id = :id")
                .param("id", id)
                .query((rs, i) -> new Call(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
                .optional();
    }

    /**
     * The day's run: every call still waiting whose registration is open is put to {@link Deregistration#afterCall};
     * a lapsed one closes the registration on the day. Running a day twice changes nothing the second time.
     *
     * @return registrations closed
     */
    int closeLapsed(LocalDate today, WorkingDays days) {
        int closed = 0;
        for (Call c : jdbc.sql("""
                select c.id, c.job_seeker_id, c.measure, c.called_on, c.appeared_on, c.excused
                  from measure_call c join job_seeker s on s.id = c.job_seeker_id
                 where c.appeared_on is null and not c.excused and s.standing <> 'closed' and c.called_on < :today
                 order by c.id""").param("today", today)
                .query((rs, i) -> new Call(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), null, false)).list()) {
            Optional<Deregistration.Closing> closing = Deregistration.afterCall(c.calledOn(), false, today, days,
                    law.on(today));
            if (closing.isPresent() && seekers.row(c.jobSeekerId()).map(s -> !s.closed()).orElse(false)) {
                seekers.close(c.jobSeekerId(), closing.get().ground(), today, closing.get().norm());
                closed++;
            }
        }
        return closed;
    }
}
