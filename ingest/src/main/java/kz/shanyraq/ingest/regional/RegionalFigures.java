package kz.shanyraq.ingest.regional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regional figures in force: an official figure if one was loaded, else the one computed from the registry,
 * else (synthetic country only) a synthetic one. The answer always says which it is.
 */
public final class RegionalFigures {

    private static final String COLUMNS = "series, region_code, period, value, provenance, source, computed_at, computed_from, families";
    private static final String PRECEDENCE = "case provenance when 'official' then 1 when 'computed' then 2 else 3 end";

    private final DataSource dataSource;

    public RegionalFigures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The figure in force for a region and quarter, with its provenance; empty if there is none at all. */
    public Optional<RegionalFigure> effective(RegionalSeries series, String regionCode, Quarter period) {
        List<RegionalFigure> found = query("select " + COLUMNS + " from regional_figure where series = ? and region_code = ?"
                + " and period = ? order by " + PRECEDENCE + " limit 1", series.code(), regionCode, period.toString());
        return found.stream().findFirst();
    }

    /** The figure in force for each region that has one, by region code. */
    public Map<String, RegionalFigure> effectiveByRegion(RegionalSeries series, Quarter period) {
        Map<String, RegionalFigure> byRegion = new LinkedHashMap<>();
        for (RegionalFigure f : query("select distinct on (region_code) " + COLUMNS + " from regional_figure"
                + " where series = ? and period = ? order by region_code, " + PRECEDENCE, series.code(), period.toString())) {
            byRegion.put(f.regionCode(), f);
        }
        return byRegion;
    }

    /** Every figure of a region and quarter, of every provenance (to compare the computed with the official). */
    public List<RegionalFigure> all(RegionalSeries series, String regionCode, Quarter period) {
        return query("select " + COLUMNS + " from regional_figure where series = ? and region_code = ? and period = ?"
                + " order by " + PRECEDENCE, series.code(), regionCode, period.toString());
    }

    private List<RegionalFigure> query(String sql, String... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<RegionalFigure> figures = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    figures.add(read(rs));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read regional figures: " + e.getMessage(), e);
        }
    }

    static RegionalFigure read(ResultSet rs) throws SQLException {
        int families = rs.getInt(9);
        Integer familyCount = rs.wasNull() ? null : families;
        return new RegionalFigure(
                RegionalSeries.byCode(rs.getString(1)).orElseThrow(() -> new SQLException("unknown series")),
                rs.getString(2), Quarter.parse(rs.getString(3)), rs.getBigDecimal(4),
                Provenance.byCode(rs.getString(5)), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                rs.getString(8), familyCount);
    }
}
