package kz.shanyraq.app.employment;

import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportResult;
import kz.shanyraq.ingest.employment.VacancyImporter;
import kz.shanyraq.law.labour.Bin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Vacancies of employers: one by REST (validated field by field, nothing written on an error), or a file of the
 * labour exchange through the registry's batch pipeline ({@link VacancyImporter}: validated in full, all or
 * nothing, every error with line and field). The employer-relations work is the employer-relations specialist's
 * (role {@code employer-relations}: the vacancies of its territory, no person's data), the consultant's and the
 * operator's. A vacancy is not personal data: the territory is checked against the user's scope without a person
 * audit.
 */
@Service
public class Vacancies {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final EmploymentAccess access;

    Vacancies(JdbcClient jdbc, DataSource dataSource, Clock clock, EmploymentAccess access) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.access = access;
    }

    public record NewVacancy(String employerBin, String employerName, String occupationCode, String title,
                             String requirements, String regionCode, String districtId, Long wage, Boolean quotaJob,
                             Boolean socialJob, Integer places, LocalDate openedOn) {
    }

    public record Vacancy(long id, String employerBin, String employerName, String occupationCode, String title,
                          String requirements, String regionCode, String districtId, long wage, boolean quotaJob,
                          boolean socialJob, int places, LocalDate openedOn, String status) {
    }

    /** Who manages vacancies. */
    static final Role[] EMPLOYER_RELATIONS = {Role.EMPLOYER_RELATIONS, Role.CONSULTANT, Role.OPERATOR};

    public long create(ShanyraqUser user, NewVacancy v) {
        access.requireRole(user, "enter vacancies", EMPLOYER_RELATIONS);
        if (v == null) {
            throw new InvalidEmploymentInputException("body", "a vacancy is required");
        }
        String binProblem = Bin.problem(v.employerBin());
        if (binProblem != null) {
            throw new InvalidEmploymentInputException("employerBin", binProblem);
        }
        require("employerName", v.employerName(), 300);
        require("title", v.title(), 300);
        if (v.requirements() != null && v.requirements().length() > 2000) {
            throw new InvalidEmploymentInputException("requirements", "requirements may have at most 2000 characters");
        }
        if (v.occupationCode() == null || jdbc.sql("select count(*) from occupation where code = :c")
                .param("c", v.occupationCode()).query(Long.class).single() == 0) {
            throw new InvalidEmploymentInputException("occupationCode", "no occupation '" + v.occupationCode()
                    + "' in the classifier");
        }
        if (v.regionCode() == null || jdbc.sql("select count(*) from region where code = :c")
                .param("c", v.regionCode()).query(Long.class).single() == 0) {
            throw new InvalidEmploymentInputException("regionCode", "unknown region '" + v.regionCode() + "'");
        }
        if (v.districtId() != null && jdbc.sql("select count(*) from district where id = :d and region_code = :r")
                .param("d", v.districtId()).param("r", v.regionCode()).query(Long.class).single() == 0) {
            throw new InvalidEmploymentInputException("districtId", "district '" + v.districtId()
                    + "' is not in region " + v.regionCode());
        }
        if (v.wage() == null || v.wage() <= 0 || v.wage() > 100_000_000) {
            throw new InvalidEmploymentInputException("wage", "wage must be a monthly amount in tenge above 0");
        }
        if (v.places() != null && (v.places() < 1 || v.places() > 10_000)) {
            throw new InvalidEmploymentInputException("places", "places must be 1 to 10000");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate opened = v.openedOn() == null ? today : v.openedOn();
        if (opened.isAfter(today)) {
            throw new InvalidEmploymentInputException("openedOn", "openedOn may not be in the future");
        }
        if (user.role() == Role.CONSULTANT) {
            access.requireTerritory(user, "api", new Territory(v.regionCode(), v.districtId()), null, null,
                    "vacancy of " + v.employerBin());
        } else {
            requireScope(user, new Territory(v.regionCode(), v.districtId()));
        }
        return jdbc.sql("""
                insert into vacancy (employer_bin, employer_name, occupation_code, title, requirements, region_code,
                    district_id, wage, quota_job, social_job, places, opened_on, created_by)
                values (:bin, :name, :occ, :title, :req, :region, :district, :wage, :quota, :social, :places, :opened, :by)
                returning id""")
                .param("bin", v.employerBin()).param("name", v.employerName().strip()).param("occ", v.occupationCode())
                .param("title", v.title().strip()).param("req", v.requirements() == null ? "" : v.requirements().strip())
                .param("region", v.regionCode()).param("district", v.districtId()).param("wage", v.wage())
                .param("quota", Boolean.TRUE.equals(v.quotaJob())).param("social", Boolean.TRUE.equals(v.socialJob()))
                .param("places", v.places() == null ? 1 : v.places()).param("opened", opened)
                .param("by", user.getUsername()).query(Long.class).single();
    }

    /** A labour-exchange file: all or nothing ({@link kz.shanyraq.ingest.BatchRejectedException} lists every error). */
    public ImportResult importFile(ShanyraqUser user, String batchId, String format, InputStream body) {
        access.requireRole(user, "import vacancy files", Role.OPERATOR, Role.ADMIN);
        Format f;
        try {
            f = Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidEmploymentInputException("format", "format must be csv or json, not '" + format + "'");
        }
        return new VacancyImporter(dataSource, user.getUsername(), clock).importBatch(batchId, f, body);
    }

    public Vacancy get(long id) {
        return jdbc.sql("""
                select id, employer_bin, employer_name, occupation_code, title, requirements, region_code, district_id,
                       wage, quota_job, social_job, places, opened_on, status from vacancy where id = :id""")
                .param("id", id).query((rs, i) -> new Vacancy(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getLong(9), rs.getBoolean(10), rs.getBoolean(11), rs.getInt(12),
                        rs.getObject(13, LocalDate.class), rs.getString(14)))
                .optional().orElseThrow(() -> new EmploymentNotFoundException("No vacancy " + id));
    }

    /**
     * The open vacancies of the user's territory (a national operator names the region), newest first: the
     * employer-relations list.
     */
    public List<Vacancy> openOf(ShanyraqUser user, String regionCode, int limit) {
        access.requireRole(user, "list vacancies", EMPLOYER_RELATIONS);
        String region = user.scope() == null ? regionCode : user.scope().region();
        String district = user.scope() == null ? null : user.scope().district();
        if (region == null || jdbc.sql("select count(*) from region where code = :c").param("c", region)
                .query(Long.class).single() == 0) {
            throw new InvalidEmploymentInputException("region", "unknown region '" + region + "'");
        }
        if (limit < 1 || limit > 1000) {
            throw new InvalidEmploymentInputException("limit", "limit must be 1 to 1000");
        }
        return open(region, district, limit);
    }

    /** The employer withdrew an open vacancy: it is no longer matched or referred to. */
    public void close(ShanyraqUser user, long id) {
        access.requireRole(user, "close vacancies", EMPLOYER_RELATIONS);
        Vacancy v = get(id);
        if (user.role() == Role.CONSULTANT) {
            access.requireTerritory(user, "api", new Territory(v.regionCode(), v.districtId()), null, null,
                    "vacancy " + id);
        } else {
            requireScope(user, new Territory(v.regionCode(), v.districtId()));
        }
        int n = jdbc.sql("update vacancy set status = 'withdrawn' where id = :id and status = 'open'")
                .param("id", id).update();
        if (n == 0) {
            throw new EmploymentRefusedException("vacancy-not-open", "The vacancy is " + v.status() + ".", null);
        }
    }

    /** A vacancy outside the user's scope is refused (403); a national user passes. */
    private static void requireScope(ShanyraqUser user, Territory t) {
        if (user.scope() != null && !user.scope().includes(t)) {
            throw new kz.shanyraq.app.familycard.AccessRefusedException("outside-territory");
        }
    }

    /** Open vacancies of a territory, newest first (the employer-relations list). */
    public List<Vacancy> open(String region, String district, int limit) {
        return jdbc.sql("""
                select id, employer_bin, employer_name, occupation_code, title, requirements, region_code, district_id,
                       wage, quota_job, social_job, places, opened_on, status from vacancy
                 where status = 'open' and region_code = :r and (cast(:d as text) is null or district_id = :d)
                 order by opened_on desc, id desc limit :n""")
                .param("r", region).param("d", district).param("n", limit)
                .query((rs, i) -> new Vacancy(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getLong(9), rs.getBoolean(10), rs.getBoolean(11), rs.getInt(12),
                        rs.getObject(13, LocalDate.class), rs.getString(14))).list();
    }

    private static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidEmploymentInputException(field, field + " is required");
        }
        if (value.length() > max) {
            throw new InvalidEmploymentInputException(field, field + " may have at most " + max + " characters");
        }
    }
}
