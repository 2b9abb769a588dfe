package kz.shanyraq.ingest.regional;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the median per-capita monthly income of each region for a quarter from the registry and publishes it
 * as a regional figure with provenance {@code computed}.
 *
 * <p>Definition (the ministry's exact method is not published: legal-parameters.md §5.1 leaves open which income,
 * whether median or mean, regional or national). For quarter Q with last day D:
 * <ul>
 *   <li>a family's members are the persons whose membership period covers D, born by D and alive on D;</li>
 *   <li>a family's region is that of its latest address period overlapping Q (a family that moved counts where it
 *       went); families with no address in Q are left out and counted in the provenance;</li>
 *   <li>its per-capita monthly income is the sum over the members of every income row of the three months of Q,
 *       of every type and source, ÷ members ÷ 3 — the per-capita income formula of Social Code art. 127 п.2;
 *       a family with no recorded income has 0 and is counted (the provenance says how many);</li>
 *   <li>the region's figure is the median over its families, one value per family (not weighted by size), by
 *       {@code percentile_cont(0.5)}: with an even number of families, the mean of the middle two; rounded to
 *       the tiyn.</li>
 * </ul>
 */
public final class RegionalMedianIncome {

    /** The version of the definition above, written into every provenance text. */
    public static final String METHOD = "median-per-capita-income/1";

    static final String SOURCE = "Shanyraq registry: income, family_member, family_address, person";

    private static final String MEDIAN_BY_REGION = """
            with members as (
                select fm.family_id, fm.person_id
                from family_member fm
                join person p on p.id = fm.person_id
                where fm.valid_from <= ?::date and (fm.valid_to is null or fm.valid_to >= ?::date)
                  and p.birth_date <= ?::date and (p.death_date is null or p.death_date > ?::date)
            ),
            located as (
                select distinct on (fa.family_id) fa.family_id, fa.region_code
                from family_address fa
                where fa.valid_from <= ?::date and (fa.valid_to is null or fa.valid_to >= ?::date)
                order by fa.family_id, fa.valid_from desc
            ),
            member_income as (
                select m.family_id, m.person_id, coalesce(sum(i.amount), 0) as amount
                from members m
                left join income i on i.person_id = m.person_id and i.month >= ?::date and i.month <= ?::date
                group by m.family_id, m.person_id
            ),
            family_income as (
                select family_id, count(*) as members, sum(amount) as income
                from member_income group by family_id
            )
            select l.region_code,
                   round(percentile_cont(0.5) within group (order by f.income::numeric / f.members / 3)::numeric, 2),
                   count(*), sum(f.members), count(*) filter (where f.income = 0),
                   (select count(*) from family_income u where not exists (select 1 from located x where x.family_id = u.family_id))
            from family_income f
            join located l on l.family_id = f.family_id
            group by l.region_code
            order by l.region_code""";

    private final DataSource dataSource;
    private final Clock clock;

    public RegionalMedianIncome(DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    public RegionalMedianIncome(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Computes the quarter's figure for every region that has families with an address in it, and publishes them
     * in one transaction, replacing the quarter's earlier computed figures. Official figures are not touched.
     *
     * @return the published figures, by region code
     */
    public List<RegionalFigure> compute(Quarter quarter) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                List<RegionalFigure> figures = medians(c, quarter, now);
                publish(c, quarter, figures);
                c.commit();
                return figures;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("median income of " + quarter + " not computed: " + e.getMessage(), e);
        }
    }

    private List<RegionalFigure> medians(Connection c, Quarter q, OffsetDateTime now) throws SQLException {
        List<RegionalFigure> figures = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(MEDIAN_BY_REGION)) {
            Object[] params = {q.lastDay(), q.lastDay(), q.lastDay(), q.lastDay(), q.lastDay(), q.firstDay(),
                    q.firstDay(), q.lastDay()};
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String region = rs.getString(1);
                    BigDecimal median = rs.getBigDecimal(2);
                    int families = rs.getInt(3);
                    long persons = rs.getLong(4);
                    int withoutIncome = rs.getInt(5);
                    long unlocated = rs.getLong(6);
                    String how = "Median over " + families + " families (" + persons + " persons, " + withoutIncome
                            + " with no recorded income) with an address in " + region + " in " + q + ": members on "
                            + q.lastDay() + ", income of all types and sources for " + q.firstDay().toString().substring(0, 7)
                            + ".." + q.lastDay().toString().substring(0, 7) + " ÷ members ÷ 3; " + unlocated
                            + " families of the registry without an address in the quarter not counted; method " + METHOD
                            + "; computed " + now + ".";
                    figures.add(new RegionalFigure(RegionalSeries.MEDIAN_PER_CAPITA_INCOME, region, q, median,
                            Provenance.COMPUTED, SOURCE, now, how, families));
                }
            }
        }
        return figures;
    }

    private static void publish(Connection c, Quarter q, List<RegionalFigure> figures) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "delete from regional_figure where series = ? and period = ? and provenance = 'computed'")) {
            delete.setString(1, RegionalSeries.MEDIAN_PER_CAPITA_INCOME.code());
            delete.setString(2, q.toString());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("""
                insert into regional_figure (series, region_code, period, value, provenance, source, computed_at, computed_from, families)
                values (?, ?, ?, ?, 'computed', ?, ?, ?, ?)""")) {
            for (RegionalFigure f : figures) {
                insert.setString(1, f.series().code());
                insert.setString(2, f.regionCode());
                insert.setString(3, f.period().toString());
                insert.setBigDecimal(4, f.value());
                insert.setString(5, f.source());
                insert.setObject(6, f.computedAt());
                insert.setString(7, f.computedFrom());
                insert.setInt(8, f.families());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
