package kz.shanyraq.synth.calibration;

import kz.shanyraq.synth.country.RegionProfile;
import kz.shanyraq.synth.country.RegionProfiles;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Target versus generated, counted by SQL in a loaded registry and multiplied by 1 / scale, so that a country
 * loaded at scale 0.1 can be compared with the whole-country figures of seed-figures.md. The queries read the
 * registry as the app would, as of the reference date 2026-10-01.
 */
public final class CalibrationReport {

    /** One compared figure. {@code target} is null when there is no published figure (shown for orientation). */
    public record Line(String figure, Double target, double generated, String basis) {
        public Double deviation() {
            return target == null || target == 0 ? null : generated / target - 1;
        }
    }

    private final double scale;
    private final List<Line> lines;
    private final Map<String, double[]> regions;

    private CalibrationReport(double scale, List<Line> lines, Map<String, double[]> regions) {
        this.scale = scale;
        this.lines = lines;
        this.regions = regions;
    }

    private static final String REF = "date '2026-10-01'";
    private static final String MEMBERS = "select fm.family_id, p.* from family_member fm join person p on p.id = fm.person_id"
            + " where fm.valid_to is null and p.death_date is null";
    private static final String ADULT_AGE = "extract(year from age(" + REF + ", p.birth_date))";

    public static CalibrationReport of(DataSource ds, double scale) throws SQLException {
        double k = 1 / scale;
        List<Line> lines = new ArrayList<>();
        Map<String, double[]> regions = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("set max_parallel_workers_per_gather = 2");
            lines.add(line("Persons (living)", 20_140_000.0, k * one(s, "select count(*) from person where death_date is null"),
                    "seed-figures §1: sum of the regional table (≈ 20 M covered by the Digital Family Map)"));
            lines.add(line("Families", 6_300_000.0, k * one(s, "select count(*) from family"),
                    "seed-figures §1: 6.2–6.3 M families"));
            lines.add(line("Mean family size", 3.2, one(s, "select avg(n) from (select count(*) n from (" + MEMBERS
                    + ") m group by family_id) f"), "20 M / 6.3 M"));
            lines.add(line("Share of persons living in towns", 0.62, one(s, "select avg(case when a.locality = 'urban'"
                    + " then 1.0 else 0 end) from (" + MEMBERS + ") m join family_address a on a.family_id = m.family_id"
                    + " and a.valid_to is null"), "statistics bureau: about 62 % urban (2025)"));
            lines.add(line("Children under 18", 6_900_000.0, k * one(s, "select count(*) from person where death_date is"
                    + " null and birth_date > " + REF + " - interval '18 years'"), "about 34 % of the population"));
            lines.add(line("Births in the 12 months before the reference date", 343_000.0, k * one(s,
                    "select count(*) from person where birth_date >= " + REF + " - interval '1 year' and birth_date < " + REF),
                    "seed 000: 286 k birth allowances in 10 months of 2025 → 343 k a year"));
            lines.add(line("Families with 4 or more children under 18", 603_000.0, k * one(s, "select count(*) from"
                    + " (select m.family_id from (" + MEMBERS + ") m join family_member r on r.person_id = m.id and"
                    + " r.valid_to is null where r.relation in ('child', 'grandchild') and m.birth_date > " + REF
                    + " - interval '18 years' group by m.family_id having count(*) >= 4) f"),
                    "seed 000: multi-child allowance to 603 k families"));
            lines.add(line("Families receiving the multi-child allowance", 603_000.0, k * one(s, "select count(distinct"
                    + " person_id) from income where type = 'multichild-allowance' and month = date '2026-09-01'"),
                    "seed 000 (children under 18 and full-time students under 23)"));
            lines.add(line("Persons with disability", 700_000.0, k * one(s, "select count(*) from disability d join person p"
                    + " on p.id = d.person_id where p.death_date is null and d.valid_to is null"),
                    "assumption: 542.8 k ГСП recipients + about 160 k of pension age who receive the age pension instead"));
            lines.add(line("  of them under pension age (ГСП disability benefit)", 542_800.0, k * one(s,
                    "select count(*) from disability d join person p on p.id = d.person_id where p.death_date is null and"
                            + " d.valid_to is null and " + ADULT_AGE + " < case p.sex when 'F' then 61 else 63 end"),
                    "seed 000: 542.8 k ГСП disability recipients"));
            lines.add(line("  with lost working capacity paid by the ГФСС", 99_100.0, k * one(s, "select count(*) from"
                    + " disability where work_capacity_loss_percent is not null"), "seed 000: 99.1 k"));
            lines.add(line("Survivor benefit: dependants in families that lost a breadwinner", 175_400.0, k * one(s,
                    "select count(*) from (" + MEMBERS + ") m join family_member r on r.person_id = m.id and r.valid_to is"
                            + " null and r.relation in ('child', 'grandchild') where m.family_id in (select family_id from"
                            + " breadwinner_loss) and (m.birth_date > " + REF + " - interval '18 years' or (m.birth_date > "
                            + REF + " - interval '23 years' and exists (select 1 from study st where st.person_id = m.id"
                            + " and st.full_time and st.valid_to >= " + REF + ")))"), "seed 000: ~175.4 k"));
            lines.add(line("Awarded mothers", 243_400.0, k * one(s, "select count(distinct a.person_id) from award a join"
                    + " person p on p.id = a.person_id where p.death_date is null"), "seed 000: 243.4 k"));
            lines.add(line("Families at or below the АСП poverty line (income test)", 53_000.0, k * aspEligible(s, false),
                    "seed 000: 53 k families receive АСП; line = max(70 % synthetic ПМ, 35 % computed median) of Q3 2026"));
            lines.add(line("  and without non-mortgage loans (refusal rule of 2025-09)", null, k * aspEligible(s, true),
                    "targeted-social-assistance.yaml asp.loans.refuse-non-mortgage"));
            lines.add(line("Wage earners (September 2026)", 4_500_000.0, k * one(s, "select count(distinct person_id) from"
                    + " income where type = 'wage' and month = date '2026-09-01'"), "seed 000: 4.5 M employees"));
            lines.add(line("Employment contracts in force (ЕСУТД)", 3_900_000.0, k * one(s, "select count(*) from"
                    + " employment_contract where ended_on is null"), "seed 000: 3.9 M registered (90 %)"));
            lines.add(line("Pensioners (age pension, September 2026)", null, k * one(s, "select count(distinct person_id)"
                    + " from income where type = 'pension' and month = date '2026-09-01'"), "pension age 63 (men), 61 (women)"));
            lines.add(line("Full-time students aged 18–23", null, k * one(s, "select count(*) from study where full_time"
                    + " and valid_from <= " + REF + " and valid_to >= " + REF), "orientation: universities and colleges"));
            lines.add(line("Child care to 1.5: budget allowance and ГФСС payment (September 2026)", 332_900.0, k * one(s,
                    "select count(*) from (select p.mother_id from person p where p.mother_id is not null and p.birth_date"
                            + " > date '2025-03-01' and p.birth_date <= date '2026-08-05' group by p.mother_id) m"
                            + " join income i on i.person_id = m.mother_id and i.month = date '2026-09-01' and i.type ="
                            + " 'social-benefit'"), "seed 000: 124.7 k (budget) + 208.2 k (ГФСС)"));
            lines.add(line("Kandas (status on the reference date)", null, k * one(s, "select count(*) from person_status"
                    + " where status = 'kandas' and valid_to is null"), "seed 001: 5 496 arrived in 2025"));
            lines.add(line("Resettlement records (kandas and resettlers in the regional quota)", null, k * one(s,
                    "select count(*) from resettlement"), "seed 001: quota 2 309 (2025)"));
            try (ResultSet rs = s.executeQuery("select a.region_code, count(*) from (" + MEMBERS + ") m join"
                    + " family_address a on a.family_id = m.family_id and a.valid_to is null group by a.region_code")) {
                while (rs.next()) {
                    RegionProfile r = RegionProfiles.of(rs.getString(1)).orElseThrow();
                    regions.put(r.code(), new double[]{r.population() * 1000.0, rs.getLong(2) * k});
                }
            }
        }
        return new CalibrationReport(scale, lines, regions);
    }

    /**
     * Families whose counted income of Q3 2026 per member and month is at most the poverty line of their region
     * for an application on 2026-10-01: max(70 % of the (synthetic) regional ПМ of Q3 2026, 35 % of the median
     * per-capita income of Q3 2026 computed from the registry).
     */
    private static double aspEligible(Statement s, boolean withoutLoans) throws SQLException {
        String sql = """
                with members as (
                    select fm.family_id, fm.person_id from family_member fm join person p on p.id = fm.person_id
                    where fm.valid_to is null and p.death_date is null),
                size as (select family_id, count(*) n from members group by family_id),
                counted as (
                    select m.family_id, sum(i.amount) total from members m join income i on i.person_id = m.person_id
                    where i.month between date '2026-07-01' and date '2026-09-01'
                      and i.type not in ('targeted-social-assistance', 'relocation-subsidy', 'awarded-mother-allowance',
                                         'child-disability-benefit', 'scholarship')
                    group by m.family_id),
                per_capita as (
                    select s.family_id, a.region_code, coalesce(c.total, 0) / s.n / 3.0 pc
                    from size s join family_address a on a.family_id = s.family_id and a.valid_to is null
                    left join counted c on c.family_id = s.family_id),
                median as (select region_code, percentile_cont(0.5) within group (order by pc) m from per_capita group by region_code),
                line as (
                    select f.region_code, round(greatest(0.7 * f.value, 0.35 * md.m)) l
                    from synthetic_regional_figure f join median md on md.region_code = f.region_code
                    where f.series = 'subsistence-minimum' and f.period = '2026-Q3')
                select count(*) from per_capita pc join line l on l.region_code = pc.region_code
                where pc.pc <= l.l
                """;
        if (withoutLoans) {
            sql += " and not exists (select 1 from members m join loan lo on lo.person_id = m.person_id"
                    + " where m.family_id = pc.family_id and lo.kind <> 'mortgage' and lo.closed_on is null)";
        }
        return one(s, sql);
    }

    private static Line line(String figure, Double target, double generated, String basis) {
        return new Line(figure, target, generated, basis);
    }

    private static double one(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    public List<Line> lines() {
        return lines;
    }

    /** Region code → {target population, generated population × 1 / scale}. */
    public Map<String, double[]> regions() {
        return regions;
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Generated at scale %s, multiplied by %s.%n%n", scale, 1 / scale));
        md.append("| Figure | Target | Generated | Deviation | Basis of the target |\n|---|---:|---:|---:|---|\n");
        for (Line l : lines) {
            md.append("| ").append(l.figure()).append(" | ").append(l.target() == null ? "—" : number(l.target()))
                    .append(" | ").append(number(l.generated())).append(" | ")
                    .append(l.deviation() == null ? "" : String.format(Locale.ROOT, "%+.1f %%", 100 * l.deviation()))
                    .append(" | ").append(l.basis()).append(" |\n");
        }
        md.append("\n| Region | Target population | Generated | Deviation |\n|---|---:|---:|---:|\n");
        regions.forEach((code, v) -> md.append("| ").append(code).append(' ')
                .append(RegionProfiles.of(code).map(RegionProfile::nameEn).orElse("")).append(" | ")
                .append(number(v[0])).append(" | ").append(number(v[1])).append(" | ")
                .append(String.format(Locale.ROOT, "%+.1f %%", 100 * (v[1] / v[0] - 1))).append(" |\n"));
        return md.toString();
    }

    private static String number(double v) {
        return Math.abs(v) < 100 ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%,.0f", v);
    }
}
