package kz.shanyraq.app.employment;

import kz.shanyraq.app.recompute.Distribution.Cell;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly figures of the career centres by region: registered in the month, job seekers and unemployed at its end,
 * de-registered by reason, employed, in each active measure during the month, measures ended 6 and 12 months
 * before, and of those the participants employed 6 and 12 months after the end (a day in this month) — read with the
 * one rule of «employed on a date» the per-person outcome uses ({@link ActiveMeasures#employedOn(List)}). Aggregates
 * only: a count of 1–4 is hidden by the server's one small-cell rule ({@link Cell#of}); the employed of an outcome are
 * also hidden when the not-employed beside them would be 1–4, since the two cells together would give that away.
 */
@Service
public class EmploymentFigures {

    private final JdbcClient jdbc;
    private final ActiveMeasures activeMeasures;
    private final EmploymentLaw law;

    EmploymentFigures(JdbcClient jdbc, ActiveMeasures measures, EmploymentLaw law) {
        this.jdbc = jdbc;
        this.activeMeasures = measures;
        this.law = law;
    }

    public record RegionMonth(String region, String month, Cell registered, Cell jobSeekers, Cell unemployed,
                              Map<String, Cell> deregisteredByReason, Cell employed, Map<String, Cell> inMeasure,
                              Cell measuresEnded6MonthsBefore, Cell measuresEnded12MonthsBefore,
                              Outcome employed6MonthsAfter, Outcome employed12MonthsAfter) {
    }

    /**
     * The participants whose measure ended 6 (or 12) months before the month and whose day «that many months after
     * the end» has come by today, and how many of them were employed on that day.
     */
    public record Outcome(Cell checked, Cell employed) {
    }

    public List<RegionMonth> month(String month) {
        YearMonth m;
        try {
            m = YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw new InvalidEmploymentInputException("month", "month is YYYY-MM");
        }
        LocalDate first = m.atDay(1);
        LocalDate last = m.atEndOfMonth();
        Map<String, long[]> base = new TreeMap<>();
        jdbc.sql("""
                select region_code,
                       count(*) filter (where registered_on between :a and :b),
                       count(*) filter (where registered_on <= :b and (closed_on is null or closed_on > :b)
                                          and (unemployed_on is null or unemployed_on > :b)),
                       count(*) filter (where unemployed_on <= :b and (closed_on is null or closed_on > :b)),
                       count(*) filter (where closed_on between :a and :b and closed_reason = 'employed')
                  from job_seeker group by region_code""")
                .param("a", first).param("b", last)
                .query(rs -> {
                    base.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        Map<String, Map<String, Cell>> reasons = grouped("""
                select region_code, closed_reason, count(*) from job_seeker
                 where closed_on between :a and :b group by 1, 2""", first, last);
        Map<String, Map<String, Cell>> measures = grouped("""
                select region_code, measure, count(*) from measure_participation
                 where coalesce(started_on, referred_on) <= :b and (ended_on is null or ended_on >= :a) group by 1, 2""",
                first, last);
        Map<String, long[]> ended = new TreeMap<>();
        jdbc.sql("""
                select region_code,
                       count(*) filter (where ended_on between :a6 and :b6),
                       count(*) filter (where ended_on between :a12 and :b12)
                  from measure_participation where ended_on is not null group by region_code""")
                .param("a6", m.minusMonths(6).atDay(1)).param("b6", m.minusMonths(6).atEndOfMonth())
                .param("a12", m.minusMonths(12).atDay(1)).param("b12", m.minusMonths(12).atEndOfMonth())
                .query(rs -> {
                    ended.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                });
        Map<String, Outcome> after6 = outcomes(m, 6);
        Map<String, Outcome> after12 = outcomes(m, 12);
        java.util.TreeSet<String> all = new java.util.TreeSet<>(base.keySet());
        all.addAll(measures.keySet());
        all.addAll(after6.keySet());
        all.addAll(after12.keySet());
        List<String> regions = new ArrayList<>(all);
        List<RegionMonth> out = new ArrayList<>();
        for (String r : regions) {
            long[] b = base.getOrDefault(r, new long[4]);
            long[] e = ended.getOrDefault(r, new long[2]);
            out.add(new RegionMonth(r, m.toString(), Cell.of(b[0]), Cell.of(b[1]), Cell.of(b[2]),
                    reasons.getOrDefault(r, Map.of()), Cell.of(b[3]), measures.getOrDefault(r, Map.of()),
                    Cell.of(e[0]), Cell.of(e[1]), after6.getOrDefault(r, NONE), after12.getOrDefault(r, NONE)));
        }
        return out;
    }

    private static final Outcome NONE = new Outcome(Cell.of(0), Cell.of(0));

    /**
     * By region: the participations that ended in the month {@code months} before, each checked on its end day plus
     * {@code months} months (a day still to come is not counted), with the registry's rule.
     */
    private Map<String, Outcome> outcomes(YearMonth m, int months) {
        YearMonth endedIn = m.minusMonths(months);
        LocalDate today = law.today();
        List<String> regions = new ArrayList<>();
        List<ActiveMeasures.PersonOnDay> asked = new ArrayList<>();
        jdbc.sql("""
                select mp.region_code, p.iin, mp.ended_on from measure_participation mp join person p on p.id = mp.person_id
                 where mp.ended_on between :a and :b order by mp.id""")
                .param("a", endedIn.atDay(1)).param("b", endedIn.atEndOfMonth())
                .query(rs -> {
                    LocalDate day = rs.getObject(3, LocalDate.class).plusMonths(months);
                    if (!day.isAfter(today)) {
                        regions.add(rs.getString(1));
                        asked.add(new ActiveMeasures.PersonOnDay(rs.getString(2), day));
                    }
                });
        List<Boolean> employed = asked.isEmpty() ? List.of() : activeMeasures.employedOn(asked);
        Map<String, long[]> counts = new TreeMap<>();
        for (int i = 0; i < asked.size(); i++) {
            long[] c = counts.computeIfAbsent(regions.get(i), k -> new long[2]);
            c[0]++;
            if (employed.get(i)) {
                c[1]++;
            }
        }
        Map<String, Outcome> out = new TreeMap<>();
        counts.forEach((r, c) -> {
            Cell employedCell = Cell.of(c[1]);
            if (Cell.of(c[0] - c[1]).hidden()) {
                employedCell = new Cell(null, true);
            }
            out.put(r, new Outcome(Cell.of(c[0]), employedCell));
        });
        return out;
    }

    private Map<String, Map<String, Cell>> grouped(String sql, LocalDate a, LocalDate b) {
        Map<String, Map<String, Cell>> out = new TreeMap<>();
        jdbc.sql(sql).param("a", a).param("b", b).query(rs -> {
            out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), Cell.of(rs.getLong(3)));
        });
        return out;
    }
}
