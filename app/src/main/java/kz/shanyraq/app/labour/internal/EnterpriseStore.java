package kz.shanyraq.app.labour.internal;

import kz.shanyraq.law.labour.EnterpriseFacts;
import kz.shanyraq.recompute.labour.EnterpriseFactsReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the enterprise registry, an enterprise's facts on a day and the published scoring run. */
@Component
public class EnterpriseStore {

    public record Enterprise(String bin, String name, String oked, String regionCode, String districtId, String size,
                             LocalDate registeredOn, LocalDate liquidatedOn) {
    }

    public record PublishedScore(long runId, LocalDate asOf, List<String> scores, List<Integer> totals,
                                 List<Integer> bands, List<Integer> triggers) {
    }

    public record Transition(long runId, LocalDate asOf, String score, String kind) {
    }

    /** An enterprise in the high social-tension band of the published run. */
    public record Monitored(String bin, String name, String regionCode, String districtId, int headcount,
                            int tensionTotal, int tensionTrigger, int safetyTotal, int safetyBand, boolean newlyHigh) {
    }

    public record RegionRow(String regionCode, String nameRu, String nameKk, String nameEn, long enterprises,
                            long highTension, long highSafety, long enteredHigh, long leftHigh) {
    }

    public record Run(long id, LocalDate asOf, String status, String modelId, String modelStatus, Integer enterprises,
                      String timings, String startedBy, java.time.OffsetDateTime startedAt) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    EnterpriseStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public Optional<Enterprise> enterprise(String bin) {
        return jdbc.sql("""
                        select bin, name, oked, region_code, district_id, size, registered_on, liquidated_on
                        from enterprise where bin = :bin""")
                .param("bin", bin)
                .query((rs, n) -> new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
                .optional();
    }

    /** The facts on a day (the same reader as the national run); empty when the enterprise is not active then. */
    public Optional<EnterpriseFacts> facts(String bin, LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            EnterpriseFactsReader.Enterprises e = EnterpriseFactsReader.read(c, day, List.of(bin));
            return e.size() == 0 ? Optional.empty() : Optional.of(e.facts()[0]);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot read the facts of enterprise " + bin, ex);
        }
    }

    /** The enterprises of a region active on a day with their facts (the national reader, cut to the region). */
    public EnterpriseFactsReader.Enterprises regionFacts(String region, LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            List<String> bins = jdbc.sql("select bin from enterprise where region_code = :r").param("r", region)
                    .query(String.class).list();
            return EnterpriseFactsReader.read(c, day, bins);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot read the enterprises of " + region, ex);
        }
    }

    public java.util.Map<String, String> names(List<String> bins) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("select bin, name from enterprise where bin = any(:bins)").param("bins", bins.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** Enterprises inspected from the preventive-control list between two days. */
    public java.util.Set<String> checkedFromList(List<String> bins, LocalDate from, LocalDate to) {
        return new java.util.HashSet<>(jdbc.sql("""
                        select distinct bin from labour_inspection where bin = any(:bins)
                          and reason = 'preventive-control-list' and started_on between :from and :to""")
                .param("bins", bins.toArray(String[]::new)).param("from", from).param("to", to)
                .query(String.class).list());
    }

    public Optional<PublishedScore> published(String bin) {
        return jdbc.sql("""
                        select r.id, r.as_of, r.scores, s.totals, s.bands, s.triggers
                        from labour_scoring_run r join labour_score s on s.run_id = r.id
                        where r.status = 'published' and s.bin = :bin""")
                .param("bin", bin)
                .query((rs, n) -> new PublishedScore(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), ints(rs.getArray(4)), ints(rs.getArray(5)),
                        ints(rs.getArray(6))))
                .optional();
    }

    public List<Transition> transitions(String bin) {
        return jdbc.sql("""
                        select t.run_id, r.as_of, t.score, t.kind from labour_score_transition t
                        join labour_scoring_run r on r.id = t.run_id
                        where t.bin = :bin and r.status in ('published', 'superseded') order by t.run_id desc, t.score limit 50""")
                .param("bin", bin)
                .query((rs, n) -> new Transition(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The published run's enterprises in the highest social-tension band of a region, highest total first. */
    public List<Monitored> monitoring(String region, int highBand) {
        return jdbc.sql("""
                        select s.bin, e.name, s.region_code, s.district_id, s.headcount,
                               s.totals[1], s.triggers[1], s.totals[2], s.bands[2],
                               exists (select 1 from labour_score_transition t where t.run_id = s.run_id and t.bin = s.bin
                                       and t.score = 'social-tension' and t.kind = 'entered-high')
                        from labour_score s join labour_scoring_run r on r.id = s.run_id and r.status = 'published'
                        join enterprise e on e.bin = s.bin
                        where s.region_code = :region and s.bands[1] = :high
                        order by s.totals[1] desc, s.bin limit 500""")
                .param("region", region).param("high", highBand)
                .query((rs, n) -> new Monitored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (int) rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10)))
                .list();
    }

    /** Per region of the published run: enterprises, high bands of both scores, and who entered or left them. */
    public List<RegionRow> regions(String onlyRegion, int highTension, int highSafety) {
        return jdbc.sql("""
                        with run as (select id from labour_scoring_run where status = 'published'),
                        counts as (
                            select s.region_code, count(*) n, count(*) filter (where s.bands[1] = :ht) ht,
                                   count(*) filter (where s.bands[2] = :hs) hs
                            from labour_score s where s.run_id = (select id from run) group by s.region_code),
                        moves as (
                            select region_code, count(*) filter (where kind = 'entered-high') entered,
                                   count(*) filter (where kind = 'left-high') left_high
                            from labour_score_transition where run_id = (select id from run) and score = 'social-tension'
                            group by region_code)
                        select g.code, g.name_ru, g.name_kk, g.name_en, coalesce(c.n, 0), coalesce(c.ht, 0),
                               coalesce(c.hs, 0), coalesce(m.entered, 0), coalesce(m.left_high, 0)
                        from region g left join counts c on c.region_code = g.code left join moves m on m.region_code = g.code
                        where cast(:only as text) is null or g.code = :only
                        order by g.code""")
                .param("ht", highTension).param("hs", highSafety).param("only", onlyRegion)
                .query((rs, n) -> new RegionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list();
    }

    public List<Run> runs() {
        return jdbc.sql("""
                        select id, as_of, status, model_id, model_status, enterprises, timings::text, started_by, started_at
                        from labour_scoring_run order by id desc limit 100""")
                .query((rs, n) -> new Run(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, java.time.OffsetDateTime.class)))
                .list();
    }

    public boolean anyPublished() {
        return jdbc.sql("select exists (select 1 from labour_scoring_run where status = 'published')")
                .query(Boolean.class).single();
    }

    private static List<Integer> ints(java.sql.Array a) throws SQLException {
        Object[] values = (Object[]) a.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).intValue()).toList();
    }
}
