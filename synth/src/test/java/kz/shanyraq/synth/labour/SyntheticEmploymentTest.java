package kz.shanyraq.synth.labour;

import kz.shanyraq.db.Durability;
import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.law.employment.ActiveMeasure;
import kz.shanyraq.law.employment.MeasureEligibility;
import kz.shanyraq.law.employment.Registration;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.synth.SyntheticCountry;
import kz.shanyraq.synth.country.SyntheticCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The career centres of a small synthetic country (scale 0.002), read back from the registry as the app reads them. */
class SyntheticEmploymentTest {

    @TempDir
    static Path data;
    static EmbeddedDatabase db;
    static DataSource ds;
    static SyntheticEmployment.Report report;
    static final ParameterBook BOOK = ParameterBook.standard();
    static final LocalDate ON = SyntheticCalendar.REFERENCE_DATE;

    @BeforeAll
    static void generate() {
        db = EmbeddedDatabase.start(data, 0, Durability.UNSAFE_FOR_TESTS);
        ds = db.dataSource();
        SyntheticCountry.load(ds, 0.002, 5);
        SyntheticEnterprises.load(ds, 0.002, 5);
        report = SyntheticEmployment.load(ds);
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void every_district_has_open_vacancies_of_enterprises_of_its_region() throws SQLException {
        assertThat(report.openVacancies()).isPositive();
        assertThat(count("select count(*) from district d where not exists (select 1 from vacancy v "
                + "where v.district_id = d.id and v.status = 'open')")).isZero();
        assertThat(count("select count(*) from vacancy v where not exists (select 1 from enterprise e "
                + "where e.bin = v.employer_bin and e.region_code = v.region_code)")).isZero();
        assertThat(count("select count(*) from vacancy where status <> 'open'")).as("closed vacancies of the history")
                .isPositive();
    }

    @Test
    void job_seekers_are_registrable_by_the_law_and_not_employed_on_their_registration_day() throws SQLException {
        assertThat(report.jobSeekers()).isPositive();
        assertThat(count("select count(*) from job_seeker s where exists (select 1 from employment_contract c "
                + "where c.person_id = s.person_id and c.started_on <= s.registered_on "
                + "and (c.ended_on is null or c.ended_on >= s.registered_on)) or exists (select 1 from income i "
                + "where i.person_id = s.person_id and i.type = 'entrepreneurial' and i.amount > 0 "
                + "and i.month between date_trunc('month', s.registered_on) - interval '1 month' and s.registered_on)"))
                .as("employed on the registration day: a running contract or entrepreneurial income (EmploymentOnDate)")
                .isZero();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select p.birth_date, p.sex, j.registered_on from job_seeker j join person p on p.id = j.person_id")) {
            while (rs.next()) {
                LocalDate day = rs.getDate(3).toLocalDate();
                assertThat(Registration.refusal(new Registration.Applicant(rs.getDate(1).toLocalDate(),
                        "M".equals(rs.getString(2)) ? Sex.MALE : Sex.FEMALE, false, false, null, null), BOOK.on(day)))
                        .as("registered on %s", day).isEmpty();
            }
        }
    }

    @Test
    void the_centres_unemployed_are_the_registrys_registered_unemployed() throws SQLException {
        assertThat(count("select count(*) from job_seeker s where s.standing = 'unemployed' and not exists (select 1 "
                + "from unemployment_registration u where u.person_id = s.person_id and u.ended_on is null)")).isZero();
        assertThat(count("select count(*) from job_seeker where standing = 'unemployed'")).isPositive();
    }

    @Test
    void every_participant_satisfies_the_measures_eligibility_on_the_referral_day() throws SQLException {
        assertThat(report.participations()).isPositive();
        List<String> measures = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select m.measure, m.referred_on, p.birth_date, j.unemployed_on,
                       exists (select 1 from disability d where d.person_id = p.id and d.valid_from <= m.referred_on
                               and (d.valid_to is null or d.valid_to >= m.referred_on))
                  from measure_participation m join job_seeker j on j.id = m.job_seeker_id
                  join person p on p.id = m.person_id""")) {
            while (rs.next()) {
                LocalDate day = rs.getDate(2).toLocalDate();
                LocalDate birth = rs.getDate(3).toLocalDate();
                assertThat(rs.getDate(4)).as("referred while unemployed").isNotNull();
                assertThat(rs.getDate(4).toLocalDate()).isBeforeOrEqualTo(day);
                ActiveMeasure m = ActiveMeasure.byCode(rs.getString(1));
                assertThat(MeasureEligibility.check(m, new MeasureEligibility.Participant(birth, true, false, false,
                        false, SyntheticEmployment.assumedGraduation(birth), rs.getBoolean(5)), BOOK.on(day)))
                        .as("%s on %s", m, day).isEmpty();
                measures.add(m.code());
            }
        }
        assertThat(measures).contains("public-works", "vocational-training");
        assertThat(count("select count(*) from measure_participation where outcome = 'dropped-out'")).isPositive();
        assertThat(count("select count(*) from measure_participation where outcome = 'completed'")).isPositive();
    }

    @Test
    void monthly_flows_add_up_and_closings_name_the_laws_grounds() throws SQLException {
        // Open on the day = registered − closed, over the whole history; each closing has its ground and norm.
        long registered = count("select count(*) from job_seeker where registered_on <= '" + ON + "'");
        long closed = count("select count(*) from job_seeker where closed_on <= '" + ON + "'");
        assertThat(registered - closed).isEqualTo(report.openRegistrations());
        assertThat(count("select count(*) from job_seeker where standing = 'closed' and (closed_reason is null "
                + "or closed_norm is null or closed_on < registered_on)")).isZero();
        assertThat(count("select count(distinct closed_reason) from job_seeker")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from job_seeker_check_in i join job_seeker s on s.id = i.job_seeker_id "
                + "where i.checked_in_on < s.registered_on or i.checked_in_on > coalesce(s.closed_on, '" + ON + "')"))
                .isZero();
        assertThat(count("select count(distinct date_trunc('month', registered_on)) from job_seeker"))
                .as("registrations in every month of the history").isGreaterThanOrEqualTo(SyntheticEmployment.HISTORY_MONTHS);
    }

    @Test
    void the_same_registry_and_day_give_the_same_rows() throws SQLException {
        String before = fingerprint();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate job_seeker_check_in, measure_participation, job_seeker, vacancy cascade");
        }
        SyntheticEmployment.Report again = SyntheticEmployment.load(ds);
        assertThat(again.rows()).isEqualTo(report.rows());
        assertThat(fingerprint()).isEqualTo(before);
    }

    private static String fingerprint() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select (select md5(string_agg(v::text, ',' order by v.id)) from (select id, employer_bin, occupation_code,
                        title, district_id, wage, quota_job, social_job, opened_on, status from vacancy) v)
                    || (select md5(string_agg(j::text, ',' order by j.id)) from (select id, person_id, registered_on,
                        standing, unemployed_on, occupation_code, check_in_due, closed_on, closed_reason from job_seeker) j)
                    || (select md5(string_agg(m::text, ',' order by m.job_seeker_id, m.measure)) from (select job_seeker_id,
                        measure, referred_on, started_on, ended_on, outcome from measure_participation) m)
                    || (select md5(string_agg(i::text, ',' order by i.job_seeker_id, i.checked_in_on)) from (select
                        job_seeker_id, checked_in_on, place from job_seeker_check_in) i)""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void a_second_load_writes_nothing() {
        assertThat(SyntheticEmployment.load(ds)).isNull();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
