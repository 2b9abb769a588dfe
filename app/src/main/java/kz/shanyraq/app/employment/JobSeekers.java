package kz.shanyraq.app.employment;

import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.registry.PersonOnDate;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.casework.Norm;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.employment.CheckIns;
import kz.shanyraq.law.employment.Deregistration;
import kz.shanyraq.law.employment.Registration;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.parameter.Law;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registration at the career centre (consultant's screen, the portal, an invitation after a job loss): the person
 * as the registry knows them on the day (identity, family, address, whether employed by the registry's rule), the
 * law's refusal grounds ({@link Registration#refusal}), the 10-working-day offer day and the 10-calendar-day notice,
 * check-ins ({@link CheckIns}) and closing with a ground ({@link Deregistration}).
 */
@Service
public class JobSeekers {

    static final String ABOUT = "job seeker ";

    private final JdbcClient jdbc;
    private final FamilyRegistry registry;
    private final EmploymentAccess access;
    private final EmploymentLaw law;

    JobSeekers(JdbcClient jdbc, FamilyRegistry registry, EmploymentAccess access, EmploymentLaw law) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.access = access;
        this.law = law;
    }

    /**
     * A registration asked for.
     *
     * @param registeredOn the day of the application; today when null
     * @param occupationCode the occupation sought (classifier code), optional
     * @param falseInformation the consultant established knowingly false documents (art. 14 pp. 4)
     */
    public record NewJobSeeker(String iin, LocalDate registeredOn, String occupationCode, String skills,
                               String education, Boolean falseInformation) {
    }

    /** Who the registry says the person is on the day, as registration needs it. */
    record Person(PersonOnDate person, Member member, Territory territory, boolean rural) {
    }

    /** Registers a job seeker, or records the refusal with its rule and throws it (409). */
    public long register(ShanyraqUser user, String via, NewJobSeeker r) {
        String channel = "career-centre";
        if (user.role() == Role.PORTAL) {
            channel = "portal";
        } else {
            access.requireRole(user, "register job seekers", EmploymentAccess.CAREER_CENTRE);
        }
        if (r == null || r.iin() == null || !r.iin().matches("[0-9]{12}")) {
            throw new InvalidEmploymentInputException("iin", "iin must be 12 digits");
        }
        LocalDate today = law.today();
        LocalDate on = r.registeredOn() == null ? today : r.registeredOn();
        if (on.isAfter(today)) {
            throw new InvalidEmploymentInputException("registeredOn", "the registration day may not be in the future");
        }
        if (r.occupationCode() != null && !r.occupationCode().isBlank() && !occupationKnown(r.occupationCode())) {
            throw new InvalidEmploymentInputException("occupationCode", "no occupation '" + r.occupationCode()
                    + "' in the classifier");
        }
        if (r.skills() != null && r.skills().length() > 2000) {
            throw new InvalidEmploymentInputException("skills", "skills may have at most 2000 characters");
        }
        Person p = person(r.iin(), on);
        String about = "job-seeker registration";
        access.requireTerritory(user, via, p.territory(), p.person().id(), r.iin(), about);
        access.recordRead(user, via, p.person().id(), r.iin(), about);

        Law l = law.on(on);
        Optional<LastClosing> last = lastClosing(p.person().id());
        Registration.Applicant applicant = new Registration.Applicant(p.person().birthDate(), p.person().sex(),
                employed(p), Boolean.TRUE.equals(r.falseInformation()),
                last.map(LastClosing::on).orElse(null), last.map(LastClosing::ground).orElse(null));
        Optional<Registration.Refusal> refusal = Registration.refusal(applicant, l);
        if (refusal.isPresent()) {
            Registration.Refusal x = refusal.get();
            jdbc.sql("""
                    insert into job_seeker_refusal (person_id, iin, region_code, refused_on, ground, norm, refused_by)
                    values (:p, :iin, :region, :on, :ground, :norm, :by)""")
                    .param("p", p.person().id()).param("iin", r.iin()).param("region", p.territory().region())
                    .param("on", on).param("ground", x.ground().code()).param("norm", x.norm().citation())
                    .param("by", user.getUsername()).update();
            throw new EmploymentRefusedException(x.ground().code(), "Not registered: the person "
                    + x.ground().text().en() + (x.figure() == null ? "" : " (" + x.figure() + ")") + ".",
                    x.norm().citation());
        }
        if (openRegistration(p.person().id()).isPresent()) {
            throw new EmploymentRefusedException("already-registered",
                    "The person already has an open registration at the career centre.", null);
        }
        Optional<String> invitation = invitation(p.person().id());
        if (invitation.isPresent() && !"portal".equals(channel)) {
            channel = invitation.get().equals("social-contract") ? "social-contract" : "life-event";
        }
        WorkingDays days = law.workingDays();
        Registration.Timeline t = Registration.timeline(on, days, l);
        CheckIns.Due due = CheckIns.due(CheckIns.Standing.JOB_SEEKER, p.rural(), on, days, l);
        long id = jdbc.sql("""
                insert into job_seeker (person_id, iin, family_id, region_code, district_id, rural, channel,
                    registered_on, offer_due, inform_on, standing, occupation_code, skills, education, last_wage,
                    check_in_due, registered_by)
                values (:p, :iin, :family, :region, :district, :rural, :channel, :on, :offer, :inform, 'job-seeker',
                    :occupation, :skills, :education, :wage, :due, :by)
                returning id""")
                .param("p", p.person().id()).param("iin", r.iin()).param("family", p.person().familyId())
                .param("region", p.territory().region()).param("district", p.territory().district())
                .param("rural", p.rural()).param("channel", channel).param("on", on)
                .param("offer", t.offerDue().due()).param("inform", t.informOn())
                .param("occupation", blankToNull(r.occupationCode()))
                .param("skills", r.skills() == null ? "" : r.skills().strip())
                .param("education", blankToNull(r.education())).param("wage", lastWage(p.person().id()).orElse(null))
                .param("due", due.due()).param("by", user.getUsername())
                .query(Long.class).single();
        jdbc.sql("update job_seeker_invitation set job_seeker_id = :id where person_id = :p and job_seeker_id is null")
                .param("id", id).param("p", p.person().id()).update();
        return id;
    }

    /** A check-in at the centre or the akimat; the next one is due by the law's period. */
    public LocalDate checkIn(ShanyraqUser user, long id, LocalDate on, String place) {
        access.requireRole(user, "record check-ins", EmploymentAccess.CAREER_CENTRE);
        JobSeekerRow s = open(user, id);
        LocalDate day = on == null ? law.today() : on;
        if (day.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("checkedInOn", "a check-in may not be in the future");
        }
        if (day.isAfter(s.checkInDue())) {
            throw new EmploymentRefusedException("check-in-missed", "The check-in was due by " + s.checkInDue()
                    + "; the registration closes for the missed check-in.", null);
        }
        String where = place == null ? (s.rural() && s.unemployed() ? "akimat" : "career-centre") : place;
        if (!List.of("career-centre", "akimat", "portal").contains(where)) {
            throw new InvalidEmploymentInputException("place", "place is career-centre, akimat or portal");
        }
        CheckIns.Due due = CheckIns.due(s.unemployed() ? CheckIns.Standing.UNEMPLOYED : CheckIns.Standing.JOB_SEEKER,
                s.rural(), day, law.workingDays(), law.on(day));
        jdbc.sql("insert into job_seeker_check_in (job_seeker_id, checked_in_on, place, recorded_by) values (:id, :on, :pl, :by)")
                .param("id", id).param("on", day).param("pl", where).param("by", user.getUsername()).update();
        jdbc.sql("update job_seeker set check_in_due = :due, version = version + 1 where id = :id")
                .param("due", due.due()).param("id", id).update();
        return due.due();
    }

    /** An offer of suitable work refused: the second refusal closes the registration (art. 16 p. 1 pp. 1). */
    public Optional<String> offerRefused(ShanyraqUser user, long id, LocalDate on) {
        access.requireRole(user, "record refusals of offers", EmploymentAccess.CAREER_CENTRE);
        open(user, id);
        LocalDate day = on == null ? law.today() : on;
        int refusals = jdbc.sql("update job_seeker set refused_offers = refused_offers + 1, version = version + 1 "
                        + "where id = :id returning refused_offers").param("id", id).query(Integer.class).single();
        Optional<Deregistration.Closing> c = Deregistration.afterRefusals(refusals, law.on(day));
        c.ifPresent(x -> close(id, x.ground(), day, x.norm()));
        return c.map(x -> x.ground().code());
    }

    /**
     * A ground the consultant establishes from a document: a court decision (pp. 4), the ground of art. 15 (pp. 5),
     * forged documents (pp. 6), leaving an active measure (pp. 2), or a job found.
     */
    public void deregister(ShanyraqUser user, long id, String ground, LocalDate on) {
        access.requireRole(user, "close registrations", EmploymentAccess.CAREER_CENTRE);
        Deregistration.Ground g;
        try {
            g = Deregistration.Ground.byCode(ground == null ? "" : ground);
        } catch (IllegalArgumentException e) {
            throw new InvalidEmploymentInputException("ground", "unknown ground '" + ground + "'");
        }
        if (List.of(Deregistration.Ground.MISSED_CHECK_IN, Deregistration.Ground.REFUSED_TWO_OFFERS,
                Deregistration.Ground.NO_SHOW_AFTER_REFERRAL, Deregistration.Ground.NO_SHOW_AFTER_CALL).contains(g)) {
            throw new InvalidEmploymentInputException("ground", "the ground '" + ground + "' is established by the "
                    + "centre's own records (check-ins, refusals, referrals), not declared");
        }
        open(user, id);
        LocalDate day = on == null ? law.today() : on;
        Deregistration.Closing c = Deregistration.established(g, day, law.on(day));
        close(id, g, day, c.norm());
    }

    /** Closes an open registration with a ground; the registry's unemployment registration ends the same day. */
    void close(long id, Deregistration.Ground ground, LocalDate on, Norm norm) {
        int n = jdbc.sql("""
                update job_seeker set standing = 'closed', closed_on = :on, closed_reason = :reason, closed_norm = :norm,
                       version = version + 1
                 where id = :id and standing <> 'closed'""")
                .param("on", on).param("reason", ground.code()).param("norm", norm.citation()).param("id", id).update();
        if (n == 0) {
            throw new EmploymentRefusedException("closed", "The registration is already closed.", null);
        }
        jdbc.sql("""
                update unemployment_registration u set ended_on = :on
                  from job_seeker s
                 where s.id = :id and u.person_id = s.person_id and u.registered_on = s.unemployed_on
                   and u.ended_on is null""")
                .param("on", on).param("id", id).update();
    }

    /** The open registration, refused when closed or outside the user's territory. */
    JobSeekerRow open(ShanyraqUser user, long id) {
        JobSeekerRow s = row(id).orElseThrow(() -> new EmploymentNotFoundException("No job seeker " + id));
        access.requireTerritory(user, channelOf(user, null), new Territory(s.region(), s.district()), s.personId(),
                s.iin(), ABOUT + id);
        if (s.closed()) {
            throw new EmploymentRefusedException("closed", "The registration is closed (" + s.closedReason() + ").",
                    null);
        }
        return s;
    }

    Optional<JobSeekerRow> row(long id) {
        return jdbc.sql("""
                select id, person_id, iin, region_code, district_id, rural, standing, registered_on, offer_due,
                       inform_on, unemployed_on, check_in_due, occupation_code, skills, last_wage, closed_on,
                       closed_reason, closed_norm, family_id, refused_offers
                  from job_seeker where id = :id""").param("id", id)
                .query((rs, i) -> new JobSeekerRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getString(13),
                        rs.getString(14), (Long) rs.getObject(15), rs.getObject(16, LocalDate.class),
                        rs.getString(17), rs.getString(18), (Long) rs.getObject(19), rs.getInt(20)))
                .optional();
    }

    /** A registration as stored. */
    public record JobSeekerRow(long id, long personId, String iin, String region, String district, boolean rural,
                               String standing, LocalDate registeredOn, LocalDate offerDue, LocalDate informOn,
                               LocalDate unemployedOn, LocalDate checkInDue, String occupationCode, String skills,
                               Long lastWage, LocalDate closedOn, String closedReason, String closedNorm,
                               Long familyId, int refusedOffers) {
        public boolean closed() {
            return "closed".equals(standing);
        }

        public boolean unemployed() {
            return "unemployed".equals(standing);
        }
    }

    Person person(String iin, LocalDate on) {
        PersonOnDate p = registry.person(iin, on).orElseThrow(() ->
                new InvalidEmploymentInputException("iin", "no person with this IIN in the registry on " + on));
        if (p.familyId() == null) {
            throw new InvalidEmploymentInputException("iin", "the registry holds no family and address of this "
                    + "person on " + on + ": register at the career centre of the place of residence by hand");
        }
        FamilyRecord f = registry.familyForLaw(p.familyId(), on).orElseThrow(() ->
                new InvalidEmploymentInputException("iin", "the person's family is not in the registry on " + on));
        Member m = f.family().members().stream().filter(x -> iin.equals(x.iin())).findFirst().orElseThrow(() ->
                new InvalidEmploymentInputException("iin", "the person is not a member of a family on " + on));
        return new Person(p, m, f.territory(), f.family().locality() == Locality.RURAL);
    }

    /** Employed on the day by the registry's one rule (a running contract or entrepreneurial income). */
    static boolean employed(Person p) {
        return p.member().employment() != null && p.member().employment().employed();
    }

    private record LastClosing(LocalDate on, Deregistration.Ground ground) {
    }

    private Optional<LastClosing> lastClosing(long personId) {
        return jdbc.sql("""
                select closed_on, closed_reason from job_seeker where person_id = :p and standing = 'closed'
                 order by closed_on desc, id desc limit 1""").param("p", personId)
                .query((rs, i) -> {
                    String reason = rs.getString(2);
                    Deregistration.Ground g;
                    try {
                        g = Deregistration.Ground.byCode(reason);
                    } catch (IllegalArgumentException e) {
                        g = null;
                    }
                    return new LastClosing(rs.getObject(1, LocalDate.class), g);
                }).optional();
    }

    Optional<Long> openRegistration(long personId) {
        return jdbc.sql("select id from job_seeker where person_id = :p and standing <> 'closed'")
                .param("p", personId).query(Long.class).optional();
    }

    /** The income of the last month with social contributions (the person's last wage as the ГФСС knows it). */
    Optional<Long> lastWage(long personId) {
        return jdbc.sql("select income from social_contribution where person_id = :p order by month desc limit 1")
                .param("p", personId).query(Long.class).optional();
    }

    /** Why the person was invited to register (the latest open invitation), if at all. */
    private Optional<String> invitation(long personId) {
        return jdbc.sql("select reason from job_seeker_invitation where person_id = :p and job_seeker_id is null "
                        + "order by invited_on desc, id desc limit 1")
                .param("p", personId).query(String.class).optional();
    }

    boolean occupationKnown(String code) {
        return jdbc.sql("select count(*) from occupation where code = :c").param("c", code).query(Long.class).single() > 0;
    }

    static String channelOf(ShanyraqUser user, String via) {
        return "ui".equals(via) ? "ui" : "api";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
