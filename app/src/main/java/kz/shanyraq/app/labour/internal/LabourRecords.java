package kz.shanyraq.app.labour.internal;

import kz.shanyraq.law.labour.EnterpriseFacts;
import kz.shanyraq.recompute.labour.EnterpriseFactsReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Reads wage arrears, accidents, conflicts and collective agreements; writes an accident's investigation. */
@Component
public class LabourRecords {

    /** Wage arrears of an enterprise on a day (months as the scoring counts them: the same facts reader). */
    public record Arrears(String bin, String name, String regionCode, LocalDate reportedOn, long amount, int workers,
                          int months, long recovered, String insolvency) {
    }

    public record Accident(String ref, String bin, String name, String regionCode, String oked, LocalDate occurredOn,
                           String severity, int victims, int killed, LocalDate notifiedOn, LocalDate commissionOn,
                           LocalDate actN1On, String source, String chair, List<String> members, String actNumber,
                           String cause, Boolean employerAtFault) {
    }

    public record Conflict(String source, String ref, String bin, String name, String regionCode, String kind,
                           LocalDate startedOn, LocalDate endedOn, BigDecimal stoppageHours, Integer participants,
                           String demands) {
    }

    public record Agreement(String ref, String bin, String name, LocalDate validFrom, LocalDate validTo,
                            Integer workersCovered) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    LabourRecords(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Enterprises of a region (null: the country) with wage arrears on a day, by the latest report on or before it;
     * amount, workers and months from the facts reader the scoring uses.
     */
    public List<Arrears> arrears(String region, LocalDate day) {
        List<Object[]> reports = jdbc.sql("""
                        select distinct on (w.bin) w.bin, e.name, e.region_code, w.as_of, w.recovered
                        from wage_arrears_report w join enterprise e on e.bin = w.bin
                        where w.as_of <= :day and (cast(:r as text) is null or e.region_code = :r)
                        order by w.bin, w.as_of desc""")
                .param("day", day).param("r", region)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5)})
                .list();
        if (reports.isEmpty()) {
            return List.of();
        }
        List<String> bins = reports.stream().map(r -> (String) r[0]).toList();
        EnterpriseFactsReader.Enterprises facts;
        try (Connection c = dataSource.getConnection()) {
            facts = EnterpriseFactsReader.read(c, day, bins);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the wage arrears", e);
        }
        java.util.Map<String, EnterpriseFacts> byBin = new java.util.HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            byBin.put(facts.bins()[i], facts.facts()[i]);
        }
        List<Arrears> out = new java.util.ArrayList<>();
        for (Object[] r : reports) {
            EnterpriseFacts f = byBin.get((String) r[0]);
            if (f == null || (f.wageArrears() <= 0 && (long) r[4] <= 0)) {
                continue;
            }
            String insolvency = f.insolvency() == EnterpriseFacts.BANKRUPTCY ? "bankruptcy"
                    : f.insolvency() == EnterpriseFacts.REHABILITATION ? "rehabilitation" : null;
            out.add(new Arrears((String) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], f.wageArrears(),
                    f.wageArrearsWorkers(), f.wageArrearsMonths(), (long) r[4], insolvency));
        }
        out.sort(java.util.Comparator.comparingLong(Arrears::amount).reversed().thenComparing(Arrears::bin));
        return out;
    }

    private static final String ACCIDENT = """
            select a.accident_ref, a.bin, e.name, e.region_code, e.oked, a.occurred_on, a.severity, a.victims, a.killed,
                   a.notified_on, coalesce(i.commission_on, a.commission_on), coalesce(i.act_n1_on, a.act_n1_on), a.source,
                   i.chair, i.members, i.act_n1_number, i.cause, i.employer_at_fault
            from workplace_accident a join enterprise e on e.bin = a.bin
            left join accident_investigation i on i.accident_ref = a.accident_ref""";

    private static Accident accident(java.sql.ResultSet rs) throws SQLException {
        java.sql.Array m = rs.getArray(15);
        return new Accident(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8), rs.getInt(9),
                rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class),
                rs.getString(13), rs.getString(14), m == null ? List.of() : List.of((String[]) m.getArray()),
                rs.getString(16), rs.getString(17), (Boolean) rs.getObject(18));
    }

    public List<Accident> accidents(String region, LocalDate from, LocalDate to) {
        return jdbc.sql(ACCIDENT + """
                         where (cast(:r as text) is null or e.region_code = :r) and a.occurred_on between :from and :to
                        order by a.occurred_on desc, a.accident_ref""")
                .param("r", region).param("from", from).param("to", to)
                .query((rs, n) -> accident(rs)).list();
    }

    public java.util.Optional<Accident> accident(String ref) {
        return jdbc.sql(ACCIDENT + " where a.accident_ref = :ref").param("ref", ref).query((rs, n) -> accident(rs)).optional();
    }

    /** Forms the investigation commission (once). */
    @Transactional
    public boolean formCommission(String ref, LocalDate on, String chair, List<String> members, String by) {
        int n = jdbc.sql("""
                        insert into accident_investigation (accident_ref, commission_on, chair, members, recorded_by)
                        values (:ref, :on, :chair, :members, :by) on conflict (accident_ref) do nothing""")
                .param("ref", ref).param("on", on).param("chair", chair).param("members", members.toArray(String[]::new))
                .param("by", by).update();
        if (n == 1) {
            jdbc.sql("update workplace_accident set commission_on = :on where accident_ref = :ref").param("on", on)
                    .param("ref", ref).update();
        }
        return n == 1;
    }

    /** Records the Н-1 act of an investigation whose commission was formed and has no act yet. */
    @Transactional
    public boolean recordActN1(String ref, LocalDate on, String number, String cause, boolean employerAtFault) {
        int n = jdbc.sql("""
                        update accident_investigation set act_n1_on = :on, act_n1_number = :number, cause = :cause,
                               employer_at_fault = :fault where accident_ref = :ref and act_n1_on is null""")
                .param("on", on).param("number", number).param("cause", cause).param("fault", employerAtFault)
                .param("ref", ref).update();
        if (n == 1) {
            jdbc.sql("update workplace_accident set act_n1_on = :on where accident_ref = :ref").param("on", on)
                    .param("ref", ref).update();
        }
        return n == 1;
    }

    public List<Conflict> conflicts(String region, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.source, c.conflict_ref, c.bin, e.name, e.region_code, c.kind, c.started_on, c.ended_on,
                               c.stoppage_hours, c.participants, c.demands
                        from labour_conflict c join enterprise e on e.bin = c.bin
                        where (cast(:r as text) is null or e.region_code = :r) and c.started_on between :from and :to
                        order by c.started_on desc, c.source, c.conflict_ref""")
                .param("r", region).param("from", from).param("to", to)
                .query((rs, n) -> new Conflict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                        rs.getBigDecimal(9), (Integer) rs.getObject(10), rs.getString(11)))
                .list();
    }

    /** Collective agreements in force on a day in a region (null: the country). */
    public List<Agreement> agreements(String region, LocalDate day, int limit) {
        return jdbc.sql("""
                        select a.agreement_ref, a.bin, e.name, a.valid_from, a.valid_to, a.workers_covered
                        from collective_agreement a join enterprise e on e.bin = a.bin
                        where (cast(:r as text) is null or e.region_code = :r) and a.valid_from <= :day
                          and (a.valid_to is null or a.valid_to >= :day)
                        order by a.valid_to nulls last, a.agreement_ref limit :limit""")
                .param("r", region).param("day", day).param("limit", limit)
                .query((rs, n) -> new Agreement(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6)))
                .list();
    }

    /** Collective agreements in force on a day and the workers they cover, per region. */
    public List<long[]> agreementCounts(String region, LocalDate day) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(a.workers_covered), 0) from collective_agreement a
                        join enterprise e on e.bin = a.bin
                        where (cast(:r as text) is null or e.region_code = :r) and a.valid_from <= :day
                          and (a.valid_to is null or a.valid_to >= :day)""")
                .param("r", region).param("day", day)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Layoffs (ЕСУТД) per month of a region (null: the country) between two months: month, layoffs, separations, hires. */
    public List<Object[]> layoffs(String region, LocalDate fromMonth, LocalDate toMonth) {
        return jdbc.sql("""
                        select s.month, sum(s.layoffs), sum(s.separations), sum(s.hires), count(*) filter (where s.layoffs > 0)
                        from enterprise_staff_month s join enterprise e on e.bin = s.bin
                        where (cast(:r as text) is null or e.region_code = :r) and s.month between :from and :to
                        group by s.month order by s.month""")
                .param("r", region).param("from", fromMonth).param("to", toMonth)
                .query((rs, n) -> new Object[]{rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .list();
    }

    /** One enterprise's layoffs (ЕСУТД) between two months. */
    public record EnterpriseLayoffs(String bin, String name, String regionCode, long layoffs, long separations,
                                    long hires, int contracts) {
        /** Released per thousand contracts of the last month, or null without contracts. */
        public Long perMille() {
            return contracts <= 0 ? null : layoffs * 1000 / contracts;
        }
    }

    /**
     * The enterprises of a region (null: the country) that released workers between two months, most released first:
     * the per-enterprise lines of the inspectors' layoffs report (the map's layoffs indicator counts the same column).
     */
    public List<EnterpriseLayoffs> layoffsByEnterprise(String region, LocalDate fromMonth, LocalDate toMonth, int limit) {
        return jdbc.sql("""
                        select s.bin, e.name, e.region_code, sum(s.layoffs), sum(s.separations), sum(s.hires),
                               (array_agg(s.esutd_contracts order by s.month desc))[1]
                        from enterprise_staff_month s join enterprise e on e.bin = s.bin
                        where (cast(:r as text) is null or e.region_code = :r) and s.month between :from and :to
                        group by s.bin, e.name, e.region_code having sum(s.layoffs) > 0
                        order by sum(s.layoffs) desc, s.bin limit :limit""")
                .param("r", region).param("from", fromMonth).param("to", toMonth).param("limit", limit)
                .query((rs, n) -> new EnterpriseLayoffs(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getInt(7)))
                .list();
    }

    public List<Object[]> regions() {
        return jdbc.sql("select code, name_ru, name_kk, name_en from region order by code")
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
    }
}
