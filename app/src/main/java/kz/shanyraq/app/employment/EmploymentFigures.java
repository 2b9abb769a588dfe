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
 * de-registered by reason, employed, in each active measure during the month, and measures ended 6 and 12 months
 * before. Aggregates only: a count of 1–4 is hidden by the server's one small-cell rule
 * ({@link Cell#of}).
 */
@Service
public class EmploymentFigures {

    private final JdbcClient jdbc;

    EmploymentFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RegionMonth(String region, String month, Cell registered, Cell jobSeekers, Cell unemployed,
                              Map<String, Cell> deregisteredByReason, Cell employed, Map<String, Cell> inMeasure,
                              Cell measuresEnded6MonthsBefore, Cell measuresEnded12MonthsBefore) {
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
        List<String> regions = new ArrayList<>(new java.util.TreeSet<>(base.keySet()));
        for (String r : measures.keySet()) {
            if (!regions.contains(r)) {
                regions.add(r);
            }
        }
        List<RegionMonth> out = new ArrayList<>();
        for (String r : regions) {
            long[] b = base.getOrDefault(r, new long[4]);
            long[] e = ended.getOrDefault(r, new long[2]);
            out.add(new RegionMonth(r, m.toString(), Cell.of(b[0]), Cell.of(b[1]), Cell.of(b[2]),
                    reasons.getOrDefault(r, Map.of()), Cell.of(b[3]), measures.getOrDefault(r, Map.of()),
                    Cell.of(e[0]), Cell.of(e[1])));
        }
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
