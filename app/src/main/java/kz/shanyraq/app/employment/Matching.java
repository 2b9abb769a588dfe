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
 * reasons. The score: 10 same occupation + 2 × text rank + title similarity + 1 same district + 0.5 wage not
 * below the last wage − 2 wage below the minimum wage. The same occupation outweighs the rest, so the vacancies are
 * first looked for by occupation (one index scan of the region); the similar titles and the words of the skills
 * widen the search when that does not give 20 vacancies of the person's occupation — the result is the same as scoring every
 * candidate, at a fraction of the work.
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
                         List<String> reasons, List<Reason> why) {
    }

    /** A reason of a rank: a code the screens translate ({@code emp.why.CODE}), its values, and the English text. */
    public record Reason(String code, List<Object> args, String text) {
    }

    private static void reason(List<Reason> why, String code, String text, Object... args) {
        why.add(new Reason(code, List.of(args), text));
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

    /**
     * The vacancies' ranking (parameters tq, occ, name, district, last, min, region, top); {@code %s} is the
     * candidate condition: the same occupation ({@link #NARROW}), or also a similar title or the words found
     * ({@link #WIDE}). The functions are computed once per candidate (the sub-select is kept by {@code offset 0}).
     */
    static final String VACANCIES_SQL = """
            select x.*, (case when x.same_occupation then 10 else 0 end + 2 * x.text_rank + x.title_similarity
                         + case when x.same_district then 1 else 0 end + case when x.wage >= :last then 0.5 else 0 end
                         - case when x.wage < :min then 2 else 0 end) as score
              from (select v.id, v.title, v.employer_name, v.occupation_code, v.region_code, v.district_id, v.wage,
                           v.social_job, v.quota_job,
                           coalesce(v.occupation_code = :occ, false) as same_occupation,
                           ts_rank(v.search, to_tsquery('simple', :tq)) as text_rank,
                           similarity(v.title, :name) as title_similarity,
                           coalesce(v.district_id = :district, false) as same_district
                      from vacancy v
                     where v.status = 'open' and v.region_code = :region and (%s)
                    offset 0) x
             order by score desc, x.wage desc, x.id
             limit :top""";
    static final String NARROW = "v.occupation_code = :occ";
    static final String WIDE = NARROW + " or v.title % :name or v.search @@ to_tsquery('simple', :tq)";

    /** The plan PostgreSQL runs for one ranking, with its timing (benchmark diagnostics). */
    static List<String> explain(JdbcClient jdbc, String occupationCode, String skills, String region, String district,
                                long lastWage, long minimumWage) {
        String occupationName = jdbc.sql("select name_ru from occupation where code = :c")
                .param("c", occupationCode).query(String.class).optional().orElse("");
        return jdbc.sql("explain (analyze, buffers) " + VACANCIES_SQL.formatted(NARROW))
                .param("tq", tsQuery(occupationName + " " + skills)).param("occ", occupationCode)
                .param("name", occupationName).param("district", district).param("last", lastWage)
                .param("min", minimumWage).param("region", region).param("top", TOP).query(String.class).list();
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
        List<Ranked> out = query(jdbc, NARROW, query, occupationCode, occupationName, district, last, minimumWage,
                region);
        // Exact: a vacancy of another occupation (found by its title or words) scores at most 2 + 1 + 1.5 < 10, below
        // any vacancy of the person's occupation; so 20 of those need no other candidate.
        if (out.size() < TOP || !out.get(TOP - 1).why().get(0).code().equals("occupation")) {
            out = query(jdbc, WIDE, query, occupationCode, occupationName, district, last, minimumWage, region);
        }
        return out;
    }

    private static List<Ranked> query(JdbcClient jdbc, String candidates, String query, String occupationCode,
                                      String occupationName, String district, long last, long minimumWage,
                                      String region) {
        List<Ranked> out = new ArrayList<>();
        jdbc.sql(VACANCIES_SQL.formatted(candidates))
                .param("tq", query).param("occ", occupationCode).param("name", occupationName)
                .param("district", district).param("last", last).param("min", minimumWage).param("region", region)
                .param("top", TOP)
                .query(rs -> {
                    List<Reason> why = new ArrayList<>();
                    if (rs.getBoolean("same_occupation")) {
                        reason(why, "occupation", "occupation " + occupationCode + " (" + occupationName + ")",
                                occupationCode, occupationName);
                    }
                    double text = rs.getDouble("text_rank");
                    if (text > 0) {
                        String r = String.format(Locale.ROOT, "%.3f", text);
                        reason(why, "words", "words of occupation and skills found (rank " + r + ")", r);
                    }
                    double sim = rs.getDouble("title_similarity");
                    if (sim > 0.3) {
                        String r = String.format(Locale.ROOT, "%.2f", sim);
                        reason(why, "title", "title similar to «" + occupationName + "» (" + r + ")", occupationName, r);
                    }
                    if (rs.getBoolean("same_district")) {
                        reason(why, "same-district", "same district");
                    } else {
                        reason(why, "other-district", "same region, another district");
                    }
                    long wage = rs.getLong("wage");
                    if (last > 0) {
                        if (wage >= last) {
                            reason(why, "wage-not-below-last", "wage " + wage + " ≥ last wage " + last, wage, last);
                        } else {
                            reason(why, "wage-below-last", "wage " + wage + " below last wage " + last, wage, last);
                        }
                    }
                    if (wage < minimumWage) {
                        reason(why, "below-minimum-wage", "wage below the minimum wage " + minimumWage, minimumWage);
                    }
                    out.add(new Ranked(out.size() + 1, rs.getLong("id"), rs.getString("title"),
                            rs.getString("employer_name"), rs.getString("occupation_code"), rs.getString("region_code"),
                            rs.getString("district_id"), wage, rs.getBoolean("social_job"), rs.getBoolean("quota_job"),
                            rs.getDouble("score"), why.stream().map(Reason::text).toList(), List.copyOf(why)));
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
                       (case when s.occupation_code = :occ then 10 else 0 end + 2 * ts_rank(s.profile, q.tq)
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
                    List<Reason> why = new ArrayList<>();
                    if (rs.getBoolean("same_occupation")) {
                        reason(why, "occupation", "occupation " + v.occupationCode() + " (" + occupationName + ")",
                                v.occupationCode(), occupationName);
                    }
                    if (rs.getDouble("text_rank") > 0) {
                        String r = String.format(Locale.ROOT, "%.3f", rs.getDouble("text_rank"));
                        reason(why, "skills", "skills match the vacancy (rank " + r + ")", r);
                    }
                    if (rs.getBoolean("same_district")) {
                        reason(why, "same-district", "same district");
                    } else {
                        reason(why, "other-district", "same region, another district");
                    }
                    long last = rs.getLong("last_wage");
                    if (last > 0) {
                        if (v.wage() >= last) {
                            reason(why, "wage-not-below-last", "wage " + v.wage() + " ≥ last wage " + last, v.wage(), last);
                        } else {
                            reason(why, "wage-below-last", "wage " + v.wage() + " below last wage " + last, v.wage(), last);
                        }
                    }
                    reads.add(new Object[]{rs.getLong("person_id"), rs.getString("iin"), rs.getLong("id")});
                    out.add(new Ranked(out.size() + 1, rs.getLong("id"), rs.getString("iin"), null,
                            rs.getString("occupation_code"), rs.getString("region_code"), rs.getString("district_id"),
                            last, false, false, rs.getDouble("score"), why.stream().map(Reason::text).toList(),
                            List.copyOf(why)));
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
