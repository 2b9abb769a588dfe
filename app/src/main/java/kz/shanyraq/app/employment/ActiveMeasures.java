package kz.shanyraq.app.employment;

import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.registry.PersonOnDate;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.employment.ActiveMeasure;
import kz.shanyraq.law.employment.Deregistration;
import kz.shanyraq.law.employment.MeasureEligibility;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.parameter.Law;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Active employment measures: referral (eligibility by {@link MeasureEligibility} with the norm), participation,
 * completion or drop-out (leaving on one's own closes an open registration, art. 16 p. 1 pp. 2), and the outcome —
 * employed 3, 6 and 12 months after the end, read with the registry's one rule of «employed on a date» (a running
 * employment contract, or entrepreneurial income in that month or the one before: {@code MemberFactsReader}, reached
 * through {@link FamilyRegistry#familyForLaw}).
 */
@Service
public class ActiveMeasures {

    static final String SELECT = """
            select m.id, m.job_seeker_id, m.person_id, m.measure, m.referred_on, m.started_on, m.ended_on, m.outcome,
                   m.region_code from measure_participation m""";

    private final JdbcClient jdbc;
    private final JobSeekers seekers;
    private final FamilyRegistry registry;
    private final EmploymentAccess access;
    private final EmploymentLaw law;
    private final MeasureCalls calls;

    ActiveMeasures(JdbcClient jdbc, JobSeekers seekers, FamilyRegistry registry, EmploymentAccess access,
                   EmploymentLaw law, MeasureCalls calls) {
        this.calls = calls;
        this.jdbc = jdbc;
        this.seekers = seekers;
        this.registry = registry;
        this.access = access;
        this.law = law;
    }

    /**
     * A referral to a measure of a registered person.
     *
     * @param graduatedOn when the person finished vocational or higher education (youth practice)
     */
    public record NewParticipation(Long jobSeekerId, String measure, LocalDate referredOn, LocalDate graduatedOn,
                                   Boolean selfEmployed, Boolean redundant) {
    }

    public record Participation(long id, Long jobSeekerId, long personId, String measure, LocalDate referredOn,
                                LocalDate startedOn, LocalDate endedOn, String outcome, String region) {
    }

    static Participation participation(ResultSet rs, int i) throws SQLException {
        return new Participation(rs.getLong(1), (Long) rs.getObject(2), rs.getLong(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                rs.getString(8), rs.getString(9));
    }

    @Transactional
    public long refer(ShanyraqUser user, NewParticipation p) {
        access.requireRole(user, "refer to active measures", EmploymentAccess.CAREER_CENTRE);
        if (p == null || p.jobSeekerId() == null) {
            throw new InvalidEmploymentInputException("jobSeekerId", "jobSeekerId is required");
        }
        ActiveMeasure measure;
        try {
            measure = ActiveMeasure.byCode(p.measure() == null ? "" : p.measure());
        } catch (IllegalArgumentException e) {
            throw new InvalidEmploymentInputException("measure", "measure is one of " + String.join(", ",
                    Arrays.stream(ActiveMeasure.values()).map(ActiveMeasure::code).toList()));
        }
        JobSeekers.JobSeekerRow s = seekers.open(user, p.jobSeekerId());
        LocalDate day = p.referredOn() == null ? law.today() : p.referredOn();
        if (day.isAfter(law.today()) || day.isBefore(s.registeredOn())) {
            throw new InvalidEmploymentInputException("referredOn", "referredOn must lie between the registration and today");
        }
        JobSeekers.Person person = seekers.person(s.iin(), day);
        Member m = person.member();
        Law l = law.on(day);
        Optional<MeasureEligibility.NotEligible> no = MeasureEligibility.check(measure, new MeasureEligibility.Participant(
                m.birthDate(), s.unemployed(), "job-seeker".equals(s.standing()), Boolean.TRUE.equals(p.selfEmployed()),
                Boolean.TRUE.equals(p.redundant()), p.graduatedOn(), m.disabledOn(day)), l);
        if (no.isPresent()) {
            throw new EmploymentRefusedException("not-eligible", "Not eligible for " + measure.title().en() + ": "
                    + no.get().why().en() + ".", no.get().norm().citation());
        }
        long id = jdbc.sql("""
                insert into measure_participation (job_seeker_id, person_id, region_code, district_id, measure,
                    referred_on, referred_by)
                values (:s, :p, :r, :d, :m, :on, :by) returning id""")
                .param("s", s.id()).param("p", s.personId()).param("r", s.region()).param("d", s.district())
                .param("m", measure.code()).param("on", day).param("by", user.getUsername()).query(Long.class).single();
        // The person came: a call for this measure is answered by the referral.
        calls.referredTo(s.id(), measure.code(), day);
        return id;
    }

    public void start(ShanyraqUser user, long id, LocalDate on) {
        access.requireRole(user, "record participation", EmploymentAccess.CAREER_CENTRE);
        Participation p = get(user, id);
        if (p.startedOn() != null || on == null || on.isBefore(p.referredOn()) || on.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("on", "participation starts once, between the referral and today");
        }
        jdbc.sql("update measure_participation set started_on = :on where id = :id").param("on", on).param("id", id).update();
    }

    @Transactional
    public void end(ShanyraqUser user, long id, LocalDate on, String outcome) {
        access.requireRole(user, "record participation", EmploymentAccess.CAREER_CENTRE);
        if (!"completed".equals(outcome) && !"dropped-out".equals(outcome)) {
            throw new InvalidEmploymentInputException("outcome", "outcome is completed or dropped-out");
        }
        Participation p = get(user, id);
        if (p.startedOn() == null || p.endedOn() != null || on == null || on.isBefore(p.startedOn())
                || on.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("on", "participation ends once, after it started, by today");
        }
        jdbc.sql("update measure_participation set ended_on = :on, outcome = :o where id = :id")
                .param("on", on).param("o", outcome).param("id", id).update();
        if ("dropped-out".equals(outcome) && p.jobSeekerId() != null
                && seekers.row(p.jobSeekerId()).map(s -> !s.closed()).orElse(false)) {
            Deregistration.Closing c = Deregistration.established(Deregistration.Ground.LEFT_ACTIVE_MEASURE, on, law.on(on));
            seekers.close(p.jobSeekerId(), c.ground(), on, c.norm());
        }
    }

    /** Employed or not at each of 3, 6 and 12 months after the end; null where that day has not come. */
    public record Outcome(long participationId, LocalDate endedOn, List<Check> checks) {
    }

    public record Check(int months, LocalDate on, Boolean employed) {
    }

    public Outcome outcome(ShanyraqUser user, long id) {
        access.requireRole(user, "read outcomes", EmploymentAccess.CAREER_CENTRE);
        Participation p = get(user, id);
        if (p.endedOn() == null) {
            throw new EmploymentRefusedException("not-ended", "The participation has not ended.", null);
        }
        String iin = jdbc.sql("select iin from person where id = :p").param("p", p.personId()).query(String.class).single();
        access.recordRead(user, "api", p.personId(), iin, "active measure " + id + ": outcome");
        List<Check> checks = new ArrayList<>();
        for (int months : new int[]{3, 6, 12}) {
            LocalDate day = p.endedOn().plusMonths(months);
            checks.add(new Check(months, day, day.isAfter(law.today()) ? null : employedOn(iin, day)));
        }
        return new Outcome(id, p.endedOn(), checks);
    }

    /** The registry's rule of «employed on a date» for one person (via the family as the law reads it). */
    boolean employedOn(String iin, LocalDate day) {
        return employedOn(List.of(new PersonOnDay(iin, day))).get(0);
    }

    /** A person and the day their employment is asked about. */
    record PersonOnDay(String iin, LocalDate day) {
    }

    /**
     * The registry's rule of «employed on a date» for many persons, each on its own day: the member's
     * {@code employment().employed()} as the registry gives it to the law ({@code MemberFactsReader}), the families read
     * in one batch ({@link FamilyRegistry#familiesForLaw}). The per-person outcome and the monthly figures both ask
     * here, so that the two never count differently. A person the registry does not know, or without a family on the
     * day, is not employed.
     *
     * @return in the order asked
     */
    List<Boolean> employedOn(List<PersonOnDay> asked) {
        List<Boolean> out = new ArrayList<>(java.util.Collections.nCopies(asked.size(), Boolean.FALSE));
        List<Integer> index = new ArrayList<>();
        List<kz.shanyraq.app.registry.FamilyOnDate> requests = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            PersonOnDay a = asked.get(i);
            Optional<PersonOnDate> p = registry.person(a.iin(), a.day());
            if (p.isPresent() && p.get().familyId() != null) {
                index.add(i);
                requests.add(new kz.shanyraq.app.registry.FamilyOnDate(p.get().familyId(), a.day()));
            }
        }
        List<Optional<kz.shanyraq.app.registry.FamilyRecord>> families = requests.isEmpty() ? List.of()
                : registry.familiesForLaw(requests);
        for (int k = 0; k < index.size(); k++) {
            String iin = asked.get(index.get(k)).iin();
            out.set(index.get(k), families.get(k)
                    .flatMap(f -> f.family().members().stream().filter(m -> iin.equals(m.iin())).findFirst())
                    .map(m -> m.employment() != null && m.employment().employed()).orElse(false));
        }
        return out;
    }

    Participation get(ShanyraqUser user, long id) {
        Participation p = jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(ActiveMeasures::participation)
                .optional().orElseThrow(() -> new EmploymentNotFoundException("No participation " + id));
        String district = jdbc.sql("select district_id from measure_participation where id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
        access.requireTerritory(user, "api", new Territory(p.region(), district), p.personId(), null,
                "active measure " + id);
        return p;
    }

    /** A measure's duration and payment on a day, each known or marked unknown. */
    public record MeasureTerms(String measure, String title, List<MeasureEligibility.Term> terms) {
    }

    public List<MeasureTerms> terms(LocalDate on) {
        Law l = law.on(on == null ? law.today() : on);
        return Arrays.stream(ActiveMeasure.values()).map(m -> new MeasureTerms(m.code(), m.title().en(),
                MeasureEligibility.terms(m, l))).toList();
    }
}
