package kz.shanyraq.app.employment;

import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * What the consultant sees: a registration's file (the person and work history as the registry holds them, the
 * deadlines with their norms, check-ins, referrals and measures; the read is audited) and the worklist of the
 * territory (check-ins due, offers due, invitations after a job loss).
 */
@Service
public class JobSeekerFiles {

    private final JdbcClient jdbc;
    private final JobSeekers seekers;
    private final Referrals referrals;
    private final EmploymentAccess access;
    private final EmploymentLaw law;
    private final JobLossInvitations invitations;
    private final MeasureCalls calls;

    JobSeekerFiles(JdbcClient jdbc, JobSeekers seekers, Referrals referrals, EmploymentAccess access, EmploymentLaw law,
                   JobLossInvitations invitations, MeasureCalls calls) {
        this.calls = calls;
        this.jdbc = jdbc;
        this.seekers = seekers;
        this.referrals = referrals;
        this.access = access;
        this.law = law;
        this.invitations = invitations;
    }

    public record Contract(String employerBin, LocalDate startedOn, LocalDate endedOn, String endReason) {
    }

    public record CheckIn(LocalDate on, String place) {
    }

    public record JobSeekerFile(JobSeekers.JobSeekerRow registration, String occupation, List<Contract> workHistory,
                                List<CheckIn> checkIns, List<Referrals.Referral> referrals,
                                List<ActiveMeasures.Participation> measures, List<MeasureCalls.Call> calls) {
    }

    public JobSeekerFile open(ShanyraqUser user, String via, long id) {
        access.requireRole(user, "read job seekers", EmploymentAccess.CAREER_CENTRE);
        JobSeekers.JobSeekerRow s = seekers.row(id).orElseThrow(() -> new EmploymentNotFoundException("No job seeker " + id));
        access.requireTerritory(user, via, new Territory(s.region(), s.district()), s.personId(), s.iin(),
                JobSeekers.ABOUT + id);
        access.recordRead(user, via, s.personId(), s.iin(), JobSeekers.ABOUT + id);
        String occupation = s.occupationCode() == null ? null : jdbc.sql(
                "select code || ' ' || name_ru from occupation where code = :c").param("c", s.occupationCode())
                .query(String.class).single();
        List<Contract> history = jdbc.sql("""
                select employer_bin, started_on, ended_on, end_reason from employment_contract where person_id = :p
                 order by started_on desc""").param("p", s.personId())
                .query((rs, i) -> new Contract(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4))).list();
        List<CheckIn> checkIns = jdbc.sql("""
                select checked_in_on, place from job_seeker_check_in where job_seeker_id = :id order by checked_in_on""")
                .param("id", id).query((rs, i) -> new CheckIn(rs.getObject(1, LocalDate.class), rs.getString(2))).list();
        List<ActiveMeasures.Participation> measures = jdbc.sql(ActiveMeasures.SELECT + " where m.person_id = :p order by m.id")
                .param("p", s.personId()).query(ActiveMeasures::participation).list();
        return new JobSeekerFile(s, occupation, history, checkIns, referrals.of(id), measures, calls.of(id));
    }

    public record Line(long id, String iin, String standing, LocalDate registeredOn, LocalDate offerDue,
                       LocalDate checkInDue, String occupationCode, String district) {
    }

    /** An invitation to register: after a job loss or by a social contract's plan ({@code reason}). */
    public record Invitation(long id, String iin, LocalDate invitedOn, String district, String reason) {
    }

    public record Worklist(List<Line> checkInsDue, List<Line> offersDue, List<Line> open, List<Invitation> invitations) {
    }

    /** Open registrations of the user's territory (IINs only: the person's data is read on opening a file). */
    public Worklist worklist(ShanyraqUser user) {
        access.requireRole(user, "read the worklist", EmploymentAccess.CAREER_CENTRE);
        invitations.inviteNew();
        Territory t = user.scope();
        String region = t == null ? null : t.region();
        String district = t == null ? null : t.district();
        LocalDate today = law.today();
        List<Line> open = jdbc.sql("""
                select id, iin, standing, registered_on, offer_due, check_in_due, occupation_code, district_id
                  from job_seeker where standing <> 'closed'
                   and (cast(:r as text) is null or region_code = :r) and (cast(:d as text) is null or district_id = :d)
                 order by check_in_due, id limit 500""").param("r", region).param("d", district)
                .query((rs, i) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8))).list();
        List<Line> checkIns = open.stream().filter(l -> !l.checkInDue().isAfter(today.plusDays(3))).toList();
        List<Line> offers = open.stream().filter(l -> "job-seeker".equals(l.standing())).toList();
        List<Invitation> inv = jdbc.sql("""
                select id, iin, invited_on, district_id, reason from job_seeker_invitation where job_seeker_id is null
                   and (cast(:r as text) is null or region_code = :r) and (cast(:d as text) is null or district_id = :d)
                 order by invited_on desc, id desc limit 200""").param("r", region).param("d", district)
                .query((rs, i) -> new Invitation(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5))).list();
        return new Worklist(checkIns, offers, open, inv);
    }

    CareerCentreDay.Result runDay(ShanyraqUser user, LocalDate on, CareerCentreDay day) {
        access.requireRole(user, "run the day's decisions", Role.CONSULTANT, Role.OPERATOR, Role.ADMIN);
        LocalDate d = on == null ? law.today() : on;
        if (d.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("on", "the day may not be in the future");
        }
        return day.run(d);
    }
}
