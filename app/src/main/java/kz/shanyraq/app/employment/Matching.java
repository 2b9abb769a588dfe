package kz.shanyraq.app.employment;

import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks open vacancies for a job seeker and job seekers for a vacancy, in PostgreSQL: full-text search
 * ({@code tsvector} of the vacancy's title and requirements against the words of the person's occupation and skills,
 * {@code ts_rank}) and trigram similarity of the title to the occupation's name ({@code pg_trgm}), the same
 * occupation code, the same district before the rest of the region, and the wage against the person's last wage
 * (ГФСС contributions) and the minimum wage (the law's {@code minimum-wage} of the day). Every rank carries its
 * reasons. The score: 3 same occupation + 2 × text rank + title similarity + 1 same district + 0.5 wage not below
 * the last wage − 2 wage below the minimum wage.
 */
@Service
public class Matching {

    static final int TOP = 20;

    private final JdbcClient jdbc;
    private final JobSeekers seekers;
    private final EmploymentAccess access;
    private final EmploymentLaw law;

    Matching(JdbcClient jdbc, JobSeekers seekers, EmploymentAccess access, EmploymentLaw law) {
        this.jdbc = jdbc;
        this.seekers = seekers;
        this.access = access;
        this.law = law;
    }

    /** A vacancy ranked for a person (or a person for a vacancy), with why. */
    public record Ranked(int rank, long id, String title, String employer, String occupationCode, String region,
                         String district, long wage, boolean socialJob, boolean quotaJob, double score,
                         List<String> reasons) {
    }

    /** The best open vacancies for a registered person (audited: the person's profile is read). */
    public List<Ranked> vacanciesFor(ShanyraqUser user, String via, long jobSeekerId) {
        access.requireRole(user, "match vacancies", EmploymentAccess.CAREER_CENTRE);
        JobSeekers.JobSeekerRow s = seekers.row(jobSeekerId)
                .orElseThrow(() -> new EmploymentNotFoundException("No job seeker " + jobSeekerId));
        access.requireTerritory(user, via, new Territory(s.region(), s.district()), s.personId(), s.iin(),
                JobSeekers.ABOUT + jobSeekerId);
        access.recordRead(user, via, s.personId(), s.iin(), JobSeekers.ABOUT + jobSeekerId + ": matching");
        long minimumWage = law.on(law.today()).number("minimum-wage").longValue();
        return vacancies(s.occupationCode(), s.skills(), s.region(), s.district(), s.lastWage(), minimumWage);
    }

    /** The ranking itself. */
    public List<Ranked> vacancies(String occupationCode, String skills, String region, String district, Long lastWage,
                                  long minimumWage) {
        return rank(jdbc, occupationCode, skills, region, district, lastWage, minimumWage);
    }

    /** The ranking as one query; {@link MatchingBenchmark} measures exactly this. */
    static List<Ranked> rank(JdbcClient jdbc, String occupationCode, String skills, String region, String district,
                             Long lastWage, long minimumWage) {
        String occupationName = occupationCode == null ? "" : jdbc.sql("select name_ru from occupation where code = :c")
                .param("c", occupationCode).query(String.class).optional().orElse("");
        String query = tsQuery(occupationName + " " + (skills == null ? "" : skills));
        long last = lastWage == null ? 0 : lastWage;
        List<Ranked> out = new ArrayList<>();
        jdbc.sql("""
                with q as (select to_tsquery('simple', :tq) as tq)
                select v.id, v.title, v.employer_name, v.occupation_code, v.region_code, v.district_id, v.wage,
                       v.social_job, v.quota_job,
                       coalesce(v.occupation_code = :occ, false) as same_occupation,
                       ts_rank(v.search, q.tq) as text_rank,
                       similarity(v.title, :name) as title_similarity,
                       coalesce(v.district_id = :district, false) as same_district,
                       (case when v.occupation_code = :occ then 3 else 0 end + 2 * ts_rank(v.search, q.tq)
                        + similarity(v.title, :name) + case when v.district_id = :district then 1 else 0 end
                        + case when v.wage >= :last then 0.5 else 0 end
                        - case when v.wage < :min then 2 else 0 end) as score
                  from vacancy v, q
                 where v.status = 'open' and v.region_code = :region
                   and (v.occupation_code = :occ or v.search @@ q.tq or v.title % :name)
                 order by score desc, v.wage desc, v.id
                 limit :top""")
                .param("tq", query).param("occ", occupationCode).param("name", occupationName)
                .param("district", district).param("last", last).param("min", minimumWage).param("region", region)
                .param("top", TOP)
                .query(rs -> {
                    List<String> why = new ArrayList<>();
                    if (rs.getBoolean("same_occupation")) {
                        why.add("occupation " + occupationCode + " (" + occupationName + ")");
                    }
                    double text = rs.getDouble("text_rank");
                    if (text > 0) {
                        why.add(String.format(Locale.ROOT, "words of occupation and skills found (rank %.3f)", text));
                    }
                    double sim = rs.getDouble("title_similarity");
                    if (sim > 0.3) {
                        why.add(String.format(Locale.ROOT, "title similar to «%s» (%.2f)", occupationName, sim));
                    }
                    why.add(rs.getBoolean("same_district") ? "same district" : "same region, another district");
                    long wage = rs.getLong("wage");
                    if (last > 0) {
                        why.add(wage >= last ? "wage " + wage + " ≥ last wage " + last
                                : "wage " + wage + " below last wage " + last);
                    }
                    if (wage < minimumWage) {
                        why.add("wage below the minimum wage " + minimumWage);
                    }
                    out.add(new Ranked(out.size() + 1, rs.getLong("id"), rs.getString("title"),
                            rs.getString("employer_name"), rs.getString("occupation_code"), rs.getString("region_code"),
                            rs.getString("district_id"), wage, rs.getBoolean("social_job"), rs.getBoolean("quota_job"),
                            rs.getDouble("score"), List.copyOf(why)));
                });
        return out;
    }

    /**
     * The best open registrations for a vacancy, in the vacancy's region and the user's district when the user has
     * one (each person's read audited).
     */
    public List<Ranked> jobSeekersFor(ShanyraqUser user, String via, long vacancyId, Vacancies vacancies) {
        access.requireRole(user, "match job seekers", EmploymentAccess.CAREER_CENTRE);
        Vacancies.Vacancy v = vacancies.get(vacancyId);
        access.requireTerritory(user, via, new Territory(v.regionCode(), v.districtId()), null, null, "vacancy " + vacancyId);
        String occupationName = jdbc.sql("select name_ru from occupation where code = :c")
                .param("c", v.occupationCode()).query(String.class).single();
        String query = tsQuery(v.title() + " " + v.requirements());
        List<Ranked> out = new ArrayList<>();
        List<Object[]> reads = new ArrayList<>();
        jdbc.sql("""
                with q as (select to_tsquery('simple', :tq) as tq),
                     s as (select s.*, o.name_ru,
                                  to_tsvector('simple', coalesce(o.name_ru, '') || ' ' || s.skills) as profile
                             from job_seeker s left join occupation o on o.code = s.occupation_code
                            where s.standing <> 'closed' and s.region_code = :region
                              and (cast(:scope as text) is null or s.district_id = :scope))
                select s.id, s.person_id, s.iin, s.occupation_code, s.name_ru, s.region_code, s.district_id,
                       coalesce(s.last_wage, 0) as last_wage,
                       coalesce(s.occupation_code = :occ, false) as same_occupation,
                       ts_rank(s.profile, q.tq) as text_rank,
                       similarity(coalesce(s.name_ru, ''), :title) as title_similarity,
                       coalesce(s.district_id = :district, false) as same_district,
                       (case when s.occupation_code = :occ then 3 else 0 end + 2 * ts_rank(s.profile, q.tq)
                        + similarity(coalesce(s.name_ru, ''), :title)
                        + case when s.district_id = :district then 1 else 0 end
                        + case when :wage >= coalesce(s.last_wage, 0) then 0.5 else 0 end) as score
                  from s, q
                 where s.occupation_code = :occ or s.profile @@ q.tq or coalesce(s.name_ru, '') % :title
                 order by score desc, s.id
                 limit :top""")
                .param("tq", query).param("occ", v.occupationCode()).param("title", v.title())
                .param("district", v.districtId()).param("wage", v.wage()).param("region", v.regionCode())
                .param("scope", user.scope() == null ? null : user.scope().district())
                .param("top", TOP)
                .query(rs -> {
                    List<String> why = new ArrayList<>();
                    if (rs.getBoolean("same_occupation")) {
                        why.add("occupation " + v.occupationCode() + " (" + occupationName + ")");
                    }
                    if (rs.getDouble("text_rank") > 0) {
                        why.add(String.format(Locale.ROOT, "skills match the vacancy (rank %.3f)", rs.getDouble("text_rank")));
                    }
                    why.add(rs.getBoolean("same_district") ? "same district" : "same region, another district");
                    long last = rs.getLong("last_wage");
                    if (last > 0) {
                        why.add(v.wage() >= last ? "wage " + v.wage() + " ≥ last wage " + last
                                : "wage " + v.wage() + " below last wage " + last);
                    }
                    reads.add(new Object[]{rs.getLong("person_id"), rs.getString("iin"), rs.getLong("id")});
                    out.add(new Ranked(out.size() + 1, rs.getLong("id"), rs.getString("iin"), null,
                            rs.getString("occupation_code"), rs.getString("region_code"), rs.getString("district_id"),
                            last, false, false, rs.getDouble("score"), List.copyOf(why)));
                });
        for (Object[] r : reads) {
            access.recordRead(user, via, (Long) r[0], (String) r[1], JobSeekers.ABOUT + r[2] + ": vacancy " + vacancyId);
        }
        return out;
    }

    /** The words of a text as an OR query of the 'simple' configuration (letters and digits only). */
    static String tsQuery(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && words.size() < 16) {
                words.add(w);
            }
        }
        return String.join(" | ", words);
    }
}
