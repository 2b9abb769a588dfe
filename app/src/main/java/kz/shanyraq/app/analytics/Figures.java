package kz.shanyraq.app.analytics;

import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place every figure of the catalogue ({@link Figure}) is computed: the dashboards, the map, the monthly
 * report and the REST API all call {@link #of} or {@link #byTerritory}. Family figures are sums of the captured
 * recompute runs ({@code analytics_cell}); SMS, consents and assignments are counted over the calendar month in the
 * proactive tables; labour figures over the month in the labour tables, by the enterprise's region and district.
 */
@Service
public class Figures {

    /** The measures in the law's order (the tables and charts list them so). */
    static final List<String> MEASURES = Measures.all().stream().map(Measure::id).toList();

    private final JdbcClient jdbc;
    private final MonthlyCapture capture;

    Figures(JdbcClient jdbc, MonthlyCapture capture) {
        this.jdbc = jdbc;
        this.capture = capture;
    }

    /** A month with figures: the latest captured run whose date falls in it. */
    public record Month(LocalDate month, long runId, LocalDate asOf) {
        public String label() {
            return YearMonth.from(month).toString();
        }
    }

    /** The months with figures, oldest first (runs not yet captured are captured in the background meanwhile). */
    public List<Month> months() {
        if (!capture.pending().isEmpty()) {
            capture.captureInBackground();
        }
        return jdbc.sql("""
                        select distinct on (month) month, run_id, as_of from analytics_run
                        order by month, as_of desc, run_id desc""")
                .query((rs, n) -> new Month(rs.getObject(1, LocalDate.class), rs.getLong(2),
                        rs.getObject(3, LocalDate.class))).list();
    }

    /** The chosen month ("YYYY-MM"), or the latest one when null. */
    public Month month(String month) {
        List<Month> all = months();
        if (all.isEmpty()) {
            throw AnalyticsRefusedException.notFound("no month has figures yet: a national recompute must be published"
                    + " first");
        }
        if (month == null || month.isBlank()) {
            return all.get(all.size() - 1);
        }
        YearMonth ym;
        try {
            ym = YearMonth.parse(month.strip());
        } catch (RuntimeException e) {
            throw AnalyticsRefusedException.invalid("month", "a month YYYY-MM, not '" + month + "'");
        }
        return all.stream().filter(m -> YearMonth.from(m.month()).equals(ym)).findFirst()
                .orElseThrow(() -> AnalyticsRefusedException.notFound("month " + ym + " has no figures (months with"
                        + " figures: " + all.stream().map(Month::label).toList() + ")"));
    }

    /** The districts of a region (for the filter). */
    public List<String> districts(String region) {
        return jdbc.sql("select id from district where region_code = :r order by id").param("r", region)
                .query(String.class).list();
    }

    /** Every figure for a month and filter. */
    public FigureSet of(Month m, AnalyticsFilter f) {
        return byKey(List.of(m), f, Grouping.NONE).getOrDefault(m.label() + "|", empty(m));
    }

    /** Every figure for a month, per region (no region in the filter) or per district of the filter's region. */
    public Map<String, FigureSet> byTerritory(Month m, AnalyticsFilter f) {
        Grouping g = f.region() == null ? Grouping.REGION : Grouping.DISTRICT;
        Map<String, FigureSet> out = new TreeMap<>();
        byKey(List.of(m), f, g).forEach((k, v) -> out.put(k.substring(k.indexOf('|') + 1), v));
        return out;
    }

    /** Every figure for each month (the series under the charts). */
    public Map<Month, FigureSet> series(List<Month> months, AnalyticsFilter f) {
        Map<String, FigureSet> all = byKey(months, f, Grouping.NONE);
        Map<Month, FigureSet> out = new LinkedHashMap<>();
        for (Month m : months) {
            out.put(m, all.getOrDefault(m.label() + "|", empty(m)));
        }
        return out;
    }

    enum Grouping {
        NONE("''", "''", "''"), REGION("region_code", "o.region_code", "e.region_code"),
        DISTRICT("district_id", "o.district_id", "e.district_id");

        final String cell;
        final String offer;
        final String enterprise;

        Grouping(String cell, String offer, String enterprise) {
            this.cell = cell;
            this.offer = offer;
            this.enterprise = enterprise;
        }
    }

    private FigureSet empty(Month m) {
        return compute(m, new Sums(), null, true);
    }

    /** Raw sums of one month and territory (never published as such: {@link #compute} applies the rule). */
    static final class Sums {
        long families;
        long persons;
        final long[] categories = new long[7];
        final Map<String, long[]> measures = new HashMap<>(); // families, persons, amount
        long up;
        long down;
        long sms;
        long consented;
        long assigned;
        long accidents;
        long inspections;
        long conflicts;
        long highTension;
        long wageArrears;
    }

    private Map<String, FigureSet> byKey(List<Month> months, AnalyticsFilter f, Grouping g) {
        Map<String, Sums> sums = new HashMap<>();
        Map<Long, Month> byRun = new HashMap<>();
        months.forEach(m -> byRun.put(m.runId(), m));
        List<Long> runs = new ArrayList<>(byRun.keySet());
        jdbc.sql("select run_id, coalesce(" + g.cell + ", ''), measure, category, sum(families), sum(persons),"
                        + " sum(amount) from analytics_cell where run_id in (:runs)" + cellFilter(f)
                        + " group by 1, 2, 3, 4")
                .params(params(f)).param("runs", runs)
                .query(rs -> {
                    Sums s = sums.computeIfAbsent(byRun.get(rs.getLong(1)).label() + "|" + rs.getString(2),
                            k -> new Sums());
                    String measure = rs.getString(3);
                    if (measure.isEmpty()) {
                        s.families += rs.getLong(5);
                        s.persons += rs.getLong(6);
                        s.categories[rs.getInt(4)] += rs.getLong(5);
                    } else {
                        long[] v = s.measures.computeIfAbsent(measure, k -> new long[3]);
                        v[0] += rs.getLong(5);
                        v[1] += rs.getLong(6);
                        v[2] += rs.getLong(7);
                    }
                });
        boolean events = f.locality() == null && f.category() == null;
        if (events) {
            jdbc.sql("select run_id, coalesce(" + g.cell + ", ''), sum(up), sum(down) from recompute_transition_count"
                            + " where run_id in (:runs)" + territory(f, "") + " group by 1, 2")
                    .params(params(f)).param("runs", runs)
                    .query(rs -> {
                        Sums s = sums.computeIfAbsent(byRun.get(rs.getLong(1)).label() + "|" + rs.getString(2),
                                k -> new Sums());
                        s.up += rs.getLong(3);
                        s.down += rs.getLong(4);
                    });
            LocalDate from = months.stream().map(Month::month).min(LocalDate::compareTo).orElseThrow();
            LocalDate to = months.stream().map(Month::month).max(LocalDate::compareTo).orElseThrow().plusMonths(1);
            java.util.Set<String> labels = new java.util.HashSet<>(months.stream().map(Month::label).toList());
            monthly("""
                    select to_char(o.created_at, 'YYYY-MM'), coalesce(%s, ''), count(*),
                           count(*) filter (where o.status = 'consented')
                      from offer o where o.created_at >= :from and o.created_at < :to %s group by 1, 2"""
                    .formatted(g.offer, territory(f, "o.")), f, from, to, labels, sums, (s, rs) -> {
                        s.sms += rs.getLong(3);
                        s.consented += rs.getLong(4);
                    });
            monthly("""
                    select to_char(a.decided_at, 'YYYY-MM'), coalesce(%s, ''), count(*)
                      from assignment a join offer o on o.id = a.offer_id
                     where a.decided_at >= :from and a.decided_at < :to %s group by 1, 2"""
                    .formatted(g.offer, territory(f, "o.")), f, from, to, labels, sums,
                    (s, rs) -> s.assigned += rs.getLong(3));
            monthly("""
                    select to_char(w.occurred_on, 'YYYY-MM'), coalesce(%s, ''), count(*)
                      from workplace_accident w join enterprise e on e.bin = w.bin
                     where w.occurred_on >= :from and w.occurred_on < :to %s group by 1, 2"""
                    .formatted(g.enterprise, territory(f, "e.")), f, from, to, labels, sums,
                    (s, rs) -> s.accidents += rs.getLong(3));
            monthly("""
                    select to_char(i.started_on, 'YYYY-MM'), coalesce(%s, ''), count(*)
                      from labour_inspection i join enterprise e on e.bin = i.bin
                     where i.started_on >= :from and i.started_on < :to %s group by 1, 2"""
                    .formatted(g.enterprise, territory(f, "e.")), f, from, to, labels, sums,
                    (s, rs) -> s.inspections += rs.getLong(3));
            monthly("""
                    select to_char(c.started_on, 'YYYY-MM'), coalesce(%s, ''), count(*)
                      from labour_conflict c join enterprise e on e.bin = c.bin
                     where c.started_on >= :from and c.started_on < :to %s group by 1, 2"""
                    .formatted(g.enterprise, territory(f, "e.")), f, from, to, labels, sums,
                    (s, rs) -> s.conflicts += rs.getLong(3));
            // as of the month's end: the enterprises in the high social-tension band of the last labour scoring run
            // dated in or before the month (the run's last band is its high one: the reference model's bands low,
            // medium, high), and those whose latest wage-arrears report by then still shows arrears
            monthly("""
                    select to_char(m.month, 'YYYY-MM'), coalesce(%s, ''), count(*)
                      from generate_series(cast(:from as date), cast(:to as date) - 1, interval '1 month') m (month)
                      join lateral (select r.id, array_position(r.scores, 'social-tension') as k from labour_scoring_run r
                                     where r.status in ('published', 'superseded') and r.as_of < m.month + interval '1 month'
                                     order by r.as_of desc, r.id desc limit 1) r on r.k is not null
                      join labour_score s on s.run_id = r.id and s.bands[r.k] = 2
                      join enterprise e on e.bin = s.bin
                     where true %s group by 1, 2"""
                    .formatted(g.enterprise, territory(f, "e.")), f, from, to, labels, sums,
                    (s, rs) -> s.highTension += rs.getLong(3));
            monthly("""
                    select to_char(m.month, 'YYYY-MM'), coalesce(%s, ''), count(*)
                      from generate_series(cast(:from as date), cast(:to as date) - 1, interval '1 month') m (month)
                      join lateral (select distinct on (w.bin) w.bin, w.amount from wage_arrears_report w
                                     where w.as_of < m.month + interval '1 month' order by w.bin, w.as_of desc) w on w.amount > 0
                      join enterprise e on e.bin = w.bin
                     where true %s group by 1, 2"""
                    .formatted(g.enterprise, territory(f, "e.")), f, from, to, labels, sums,
                    (s, rs) -> s.wageArrears += rs.getLong(3));
        }
        Map<String, FigureSet> out = new HashMap<>();
        Map<String, Month> byLabel = new HashMap<>();
        months.forEach(m -> byLabel.put(m.label(), m));
        sums.forEach((k, s) -> out.put(k, compute(byLabel.get(k.substring(0, k.indexOf('|'))), s, f, events)));
        return out;
    }

    private interface Row {
        void add(Sums s, java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private void monthly(String sql, AnalyticsFilter f, LocalDate from, LocalDate to, java.util.Set<String> labels,
                         Map<String, Sums> sums, Row row) {
        jdbc.sql(sql).params(params(f)).param("from", from).param("to", to).query(rs -> {
            if (labels.contains(rs.getString(1))) {
                row.add(sums.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new Sums()), rs);
            }
        });
    }

    private static Map<String, Object> params(AnalyticsFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("region", f.region());
        p.put("district", f.district());
        p.put("locality", f.locality());
        p.put("category", f.category());
        return p;
    }

    private static String territory(AnalyticsFilter f, String alias) {
        return (f.region() == null ? "" : " and " + alias + "region_code = :region")
                + (f.district() == null ? "" : " and " + alias + "district_id = :district");
    }

    private static String cellFilter(AnalyticsFilter f) {
        return territory(f, "") + (f.locality() == null ? "" : " and locality = :locality")
                + (f.category() == null ? "" : " and category = :category");
    }

    /** The figures' definitions applied to raw sums, with the small-cell rule on every value. */
    private static FigureSet compute(Month m, Sums s, AnalyticsFilter f, boolean events) {
        Map<Figure, Value> h = new EnumMap<>(Figure.class);
        h.put(Figure.FAMILIES, Value.count(s.families));
        h.put(Figure.PERSONS, Value.about(s.families, s.persons));
        if (events) {
            h.put(Figure.MOVED_UP, Value.count(s.up));
            h.put(Figure.MOVED_DOWN, Value.count(s.down));
            h.put(Figure.SMS_SENT, Value.count(s.sms));
            h.put(Figure.CONSENTED, Value.count(s.consented));
            h.put(Figure.ASSIGNED_WITHOUT_APPLICATION, Value.count(s.assigned));
            h.put(Figure.ACCIDENTS, Value.count(s.accidents));
            h.put(Figure.INSPECTIONS, Value.count(s.inspections));
            h.put(Figure.CONFLICTS, Value.count(s.conflicts));
            h.put(Figure.LABOUR_HIGH_TENSION, Value.count(s.highTension));
            h.put(Figure.WAGE_ARREARS, Value.count(s.wageArrears));
        }
        List<FigureSet.MeasureRow> measures = new ArrayList<>();
        for (String id : MEASURES) {
            long[] v = s.measures.getOrDefault(id, new long[3]);
            measures.add(new FigureSet.MeasureRow(id, Value.count(v[0]), Value.about(v[0], v[2]),
                    Value.about(v[0], v[0] == 0 ? 0 : Math.round((double) v[2] / v[0])),
                    Value.about(v[0], s.families == 0 ? 0 : Math.round(1000.0 * v[0] / s.families) / 10.0)));
        }
        List<FigureSet.CategoryRow> categories = new ArrayList<>();
        for (int c = 0; c <= 6; c++) {
            long n = s.categories[c];
            categories.add(new FigureSet.CategoryRow(c, Value.count(n),
                    Value.about(n, s.families == 0 ? 0 : Math.round(1000.0 * n / s.families) / 10.0)));
        }
        return new FigureSet(m.month(), m.asOf(), h, measures, categories);
    }
}
