package kz.shanyraq.app.employment;

import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.employment.Deregistration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/**
 * A referral of a registered person to a vacancy, the employer's answer, and employment: «hired» closes the
 * registration with «employed» and takes one place of the vacancy (the last place fills it); «refused by the person»
 * counts as a refused offer of suitable work (the second closes the registration, art. 16 p. 1 pp. 1); «no-show»
 * closes it once 5 working days from the referral have passed ({@link CareerCentreDay}).
 */
@Service
public class Referrals {

    private final JdbcClient jdbc;
    private final JobSeekers seekers;
    private final EmploymentAccess access;
    private final EmploymentLaw law;

    Referrals(JdbcClient jdbc, JobSeekers seekers, EmploymentAccess access, EmploymentLaw law) {
        this.jdbc = jdbc;
        this.seekers = seekers;
        this.access = access;
        this.law = law;
    }

    public record Referral(long id, long jobSeekerId, long vacancyId, String title, String employer,
                           LocalDate issuedOn, String answer, LocalDate answeredOn) {
    }

    @Transactional
    public long refer(ShanyraqUser user, long jobSeekerId, long vacancyId, LocalDate on) {
        access.requireRole(user, "refer to vacancies", EmploymentAccess.CAREER_CENTRE);
        seekers.open(user, jobSeekerId);
        String status = jdbc.sql("select status from vacancy where id = :id for update").param("id", vacancyId)
                .query(String.class).optional()
                .orElseThrow(() -> new InvalidEmploymentInputException("vacancyId", "no vacancy " + vacancyId));
        if (!"open".equals(status)) {
            throw new EmploymentRefusedException("vacancy-not-open", "The vacancy is " + status + ".", null);
        }
        LocalDate day = on == null ? law.today() : on;
        if (day.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("issuedOn", "issuedOn may not be in the future");
        }
        if (jdbc.sql("select count(*) from job_referral where job_seeker_id = :s and vacancy_id = :v")
                .param("s", jobSeekerId).param("v", vacancyId).query(Long.class).single() > 0) {
            throw new EmploymentRefusedException("already-referred", "The person was already referred to this vacancy.",
                    null);
        }
        return jdbc.sql("""
                insert into job_referral (job_seeker_id, vacancy_id, issued_on, issued_by)
                values (:s, :v, :on, :by) returning id""")
                .param("s", jobSeekerId).param("v", vacancyId).param("on", day).param("by", user.getUsername())
                .query(Long.class).single();
    }

    /** The employer's answer (entered by the consultant or the operator from the employer's notice). */
    @Transactional
    public String answer(ShanyraqUser user, long referralId, String answer, LocalDate on, String note) {
        access.requireRole(user, "record employers' answers", Role.CONSULTANT, Role.ASSISTANT);
        if (!List.of("hired", "not-hired", "refused-by-person", "no-show").contains(answer == null ? "" : answer)) {
            throw new InvalidEmploymentInputException("answer", "answer is hired, not-hired, refused-by-person or no-show");
        }
        Referral r = get(referralId);
        if (r.answer() != null) {
            throw new EmploymentRefusedException("already-answered", "The referral was answered: " + r.answer() + ".",
                    null);
        }
        seekers.open(user, r.jobSeekerId());
        LocalDate day = on == null ? law.today() : on;
        if (day.isBefore(r.issuedOn()) || day.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("answeredOn", "answeredOn must lie between the referral and today");
        }
        jdbc.sql("update job_referral set answer = :a, answered_on = :on, answer_note = :n, answered_by = :by where id = :id")
                .param("a", answer).param("on", day).param("n", note).param("by", user.getUsername())
                .param("id", referralId).update();
        switch (answer) {
            case "hired" -> {
                seekers.close(r.jobSeekerId(), Deregistration.Ground.EMPLOYED, day,
                        Deregistration.established(Deregistration.Ground.EMPLOYED, day, law.on(day)).norm());
                jdbc.sql("""
                        update vacancy set places = greatest(places - 1, 1),
                               status = case when places <= 1 then 'filled' else status end
                         where id = :v""").param("v", r.vacancyId()).update();
                return "employed";
            }
            case "refused-by-person" -> {
                return seekers.offerRefused(user, r.jobSeekerId(), day).orElse("offer-refused");
            }
            default -> {
                return answer;
            }
        }
    }

    public Referral get(long id) {
        return jdbc.sql("""
                select r.id, r.job_seeker_id, r.vacancy_id, v.title, v.employer_name, r.issued_on, r.answer, r.answered_on
                  from job_referral r join vacancy v on v.id = r.vacancy_id where r.id = :id""").param("id", id)
                .query((rs, i) -> new Referral(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .optional().orElseThrow(() -> new EmploymentNotFoundException("No referral " + id));
    }

    public List<Referral> of(long jobSeekerId) {
        return jdbc.sql("""
                select r.id, r.job_seeker_id, r.vacancy_id, v.title, v.employer_name, r.issued_on, r.answer, r.answered_on
                  from job_referral r join vacancy v on v.id = r.vacancy_id where r.job_seeker_id = :s order by r.id""")
                .param("s", jobSeekerId)
                .query((rs, i) -> new Referral(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        rs.getObject(8, LocalDate.class))).list();
    }
}
