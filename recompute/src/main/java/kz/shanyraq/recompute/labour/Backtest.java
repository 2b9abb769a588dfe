package kz.shanyraq.recompute.labour;

import kz.shanyraq.law.labour.EnterpriseRisk;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.law.labour.ScoringDay;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The backtest: score every enterprise with the facts valid on a past day, rank them (the number of scores in their
 * high band, then the two totals together, then workers, then BIN), and ask how many of the enterprises that had an event in the following months — a
 * conflict, a strike (stoppage of 3 h or more), a fatal accident, or new wage arrears — were in the top N of their
 * region: precision and recall at N, per region and for the country.
 *
 * <p>Limitation: the registry keeps when facts were valid, not when they became known; a fact reported late about an
 * earlier day is seen as if known then. No anchor publishes such a figure for the ministry's map.
 */
public final class Backtest {

    public record Row(String region, int enterprises, int withEvent, int topN, int hits, double precision, double recall) {
    }

    public record Result(LocalDate on, LocalDate until, int n, List<Row> regions, Row country) {
    }

    private Backtest() {
    }

    /** @param n the top N per region */
    public static Result run(Connection c, EnterpriseScoring scoring, LocalDate on, int months, int n) throws SQLException {
        LocalDate until = on.plusMonths(months);
        EnterpriseFactsReader.Enterprises e = EnterpriseFactsReader.read(c, on);
        ScoringDay day = scoring.on(on);
        Set<String> events = events(c, on, until);
        Map<String, List<Integer>> byRegion = new TreeMap<>();
        int[] tension = new int[e.size()];
        int[] safety = new int[e.size()];
        for (int i = 0; i < e.size(); i++) {
            EnterpriseRisk risk = day.score(e.facts()[i]);
            // high bands first (both before one), then the two totals together
            tension[i] = (risk.scores().get(0).isHigh() ? 1000 : 0) + (risk.scores().get(1).isHigh() ? 1000 : 0);
            safety[i] = risk.scores().get(0).total() + risk.scores().get(1).total();
            byRegion.computeIfAbsent(e.regions()[i], k -> new ArrayList<>()).add(i);
        }
        List<Row> rows = new ArrayList<>();
        int all = 0, allEvents = 0, allTop = 0, allHits = 0;
        for (Map.Entry<String, List<Integer>> region : byRegion.entrySet()) {
            List<Integer> idx = region.getValue();
            // ties: more workers first (more people exposed, as the inspectorate weighs them), then BIN
            idx.sort(Comparator.<Integer>comparingInt(i -> -tension[i]).thenComparingInt(i -> -safety[i])
                    .thenComparingInt(i -> -e.facts()[i].headcount()).thenComparing(i -> e.bins()[i]));
            int top = Math.min(n, idx.size());
            int hits = 0;
            int withEvent = 0;
            for (int k = 0; k < idx.size(); k++) {
                boolean event = events.contains(e.bins()[idx.get(k)]);
                if (event) {
                    withEvent++;
                    if (k < top) {
                        hits++;
                    }
                }
            }
            rows.add(row(region.getKey(), idx.size(), withEvent, top, hits));
            all += idx.size();
            allEvents += withEvent;
            allTop += top;
            allHits += hits;
        }
        return new Result(on, until, n, rows, row("KZ", all, allEvents, allTop, allHits));
    }

    private static Row row(String region, int enterprises, int withEvent, int top, int hits) {
        return new Row(region, enterprises, withEvent, top, hits, top == 0 ? 0 : (double) hits / top,
                withEvent == 0 ? 0 : (double) hits / withEvent);
    }

    /** Enterprises with an event in (on, until]. */
    private static Set<String> events(Connection c, LocalDate on, LocalDate until) throws SQLException {
        Set<String> bins = new HashSet<>();
        String[] queries = {
                "select distinct bin from labour_conflict where started_on > ? and started_on <= ?",
                "select distinct bin from workplace_accident where severity = 'fatal' and occurred_on > ? and occurred_on <= ?",
                // new arrears: reported in the window with an amount, and none owed on the day
                """
                select distinct w.bin from wage_arrears_report w where w.as_of > ? and w.as_of <= ? and w.amount > 0
                  and not exists (select 1 from wage_arrears_report p where p.bin = w.bin and p.as_of <= ?::date
                                  and p.amount > 0 and p.as_of = (select max(q.as_of) from wage_arrears_report q
                                                                   where q.bin = w.bin and q.as_of <= ?::date))"""};
        for (String q : queries) {
            try (PreparedStatement ps = c.prepareStatement(q)) {
                ps.setDate(1, Date.valueOf(on));
                ps.setDate(2, Date.valueOf(until));
                if (q.contains("?::date")) {
                    ps.setDate(3, Date.valueOf(on));
                    ps.setDate(4, Date.valueOf(on));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        bins.add(rs.getString(1));
                    }
                }
            }
        }
        return bins;
    }

}
