package kz.shanyraq.app.employment;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.parameter.ParameterBook;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Consultants of Sayram district (KZ-61-01) and Petropavl (KZ-59-01), and persons of one-member families made for
 * each test (ids from 917 000 up, so that no other test's family is touched).
 */
abstract class EmploymentTestSupport extends ServerTest {

    static final Territory SAYRAM = new Territory("KZ-61", "KZ-61-01");
    static final ShanyraqUser CONSULTANT = new ShanyraqUser("consultant.turkestan", null, Role.CONSULTANT, SAYRAM, true);
    static final ShanyraqUser NORTH = new ShanyraqUser("consultant.sko", null, Role.CONSULTANT,
            new Territory("KZ-59", "KZ-59-01"), true);
    static final ShanyraqUser OPERATOR = new ShanyraqUser("operator", null, Role.OPERATOR, null, true);
    static final ShanyraqUser PORTAL = new ShanyraqUser("portal", null, Role.PORTAL, null, true);
    static final WorkingDays DAYS = new WorkingDays(ParameterBook.standard());
    private static final AtomicLong NEXT = new AtomicLong(917_000);

    @Autowired
    JobSeekers seekers;
    @Autowired
    CareerCentreDay day;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Matching matching;
    @Autowired
    Referrals referrals;
    @Autowired
    JobSeekerFiles files;
    @Autowired
    ActiveMeasures measures;
    @Autowired
    Resettlement resettlement;
    @Autowired
    EmploymentFigures figures;
    @Autowired
    JobLossInvitations invitations;
    @Autowired
    MeasureCalls calls;
    @Autowired
    MobilityCertificates certificates;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    /** The working day {@code n} working days before today. */
    static LocalDate workingDaysAgo(int n) {
        LocalDate d = today();
        int left = n;
        while (left > 0) {
            d = d.minusDays(1);
            if (DAYS.isWorkingDay(d)) {
                left--;
            }
        }
        while (!DAYS.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A person living alone in Sayram district (rural or urban), in the registry from birth; returns the IIN. */
    String person(LocalDate born, char sex, String locality) {
        long id = NEXT.incrementAndGet();
        String iin = String.format("%012d", 917_000_000_000L + id);
        jdbc.sql("insert into person (id, iin, birth_date, sex) values (:id, :iin, :b, :s)")
                .param("id", id).param("iin", iin).param("b", born).param("s", String.valueOf(sex)).update();
        jdbc.sql("insert into person_status (person_id, status, valid_from) values (:id, 'citizen', :b)")
                .param("id", id).param("b", born).update();
        jdbc.sql("insert into family (id, created_on) values (:id, :b)").param("id", id).param("b", born).update();
        jdbc.sql("insert into family_member (family_id, person_id, relation, valid_from) values (:id, :id, 'head', :b)")
                .param("id", id).param("b", born).update();
        jdbc.sql("""
                insert into family_address (family_id, region_code, district_id, locality, valid_from)
                values (:id, 'KZ-61', 'KZ-61-01', :l, :b)""").param("id", id).param("l", locality).param("b", born)
                .update();
        return iin;
    }

    long personId(String iin) {
        return jdbc.sql("select id from person where iin = :i").param("i", iin).query(Long.class).single();
    }

    void contract(String iin, LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into employment_contract (id, person_id, employer_bin, started_on, ended_on)
                values ((select coalesce(max(id), 0) + 1 from employment_contract), :p, '150340001111', :a, :b)""")
                .param("p", personId(iin)).param("a", from).param("b", to).update();
    }

    long register(String iin, LocalDate on, String occupation, String skills) {
        return seekers.register(CONSULTANT, "api", new JobSeekers.NewJobSeeker(iin, on, occupation, skills, null, null));
    }

    String standing(long id) {
        return jdbc.sql("select standing from job_seeker where id = :id").param("id", id).query(String.class).single();
    }

    String closedReason(long id) {
        return jdbc.sql("select closed_reason from job_seeker where id = :id").param("id", id).query(String.class).single();
    }

    /** A valid BIN of a limited liability partnership registered in March 2015. */
    static final String BIN = kz.shanyraq.law.labour.Bin.complete("1503400011");

    long vacancy(String occupation, String title, String district, long wage) {
        return vacancies.create(district.equals("KZ-61-01") ? CONSULTANT : OPERATOR, new Vacancies.NewVacancy(BIN, "ТОО «Сайрам Курылыс»", occupation,
                title, "опыт работы сварщиком, удостоверение", "KZ-61", district, wage, false, false, 1, today()));
    }
}
