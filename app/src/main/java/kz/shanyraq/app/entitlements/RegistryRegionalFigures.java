package kz.shanyraq.app.entitlements;

import kz.shanyraq.law.parameter.ParameterBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The law as the server applies it: the shipped parameters plus the regional figures held in the registry — the
 * median per-capita income computed from the Digital Family Map and official figures an operator loaded (kept as
 * "operator" provenance, which takes precedence over computed ones). Rebuilt only when the figures change.
 */
@Component
public class RegistryRegionalFigures {

    private static final Map<String, String> KIND = Map.of(
            "median-per-capita-income", "median-income",
            "median-income", "median-income",
            "subsistence-minimum", "subsistence-minimum");

    private final JdbcClient jdbc;
    private volatile Cached cached;

    private record Cached(String version, ParameterBook book) {
    }

    private record Row(String series, String region, String period, BigDecimal value, String provenance,
                       String source, String computedFrom) {
    }

    public RegistryRegionalFigures(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The parameter book with the registry's regional figures. */
    public ParameterBook book() {
        String version = jdbc.sql("select count(*) || '/' || coalesce(max(computed_at)::text, '') || '/' "
                + "|| (select count(*) from synthetic_regional_figure) from regional_figure "
                + "where provenance in ('official', 'computed')").query(String.class).single();
        Cached c = cached;
        if (c == null || !c.version().equals(version)) {
            c = new Cached(version, build());
            cached = c;
        }
        return c.book();
    }

    private ParameterBook build() {
        List<Row> rows = jdbc.sql("""
                        select series, region_code, period, value, provenance, source, computed_from
                          from regional_figure where provenance in ('official', 'computed')
                        union all
                        -- Synthetic figures of a synthetic country: used only where nothing real is known, and every
                        -- explanation that uses one says it is synthetic.
                        select series, region_code, period, value, 'synthetic', 'synthetic country, seed '
                               || generated_by_seed, 'generated' from synthetic_regional_figure
                         order by 1, 3, 2""")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        ParameterBook.Builder builder = ParameterBook.builder().addShipped();
        rows.stream().filter(r -> KIND.containsKey(r.series()))
                .collect(Collectors.groupingBy(Row::provenance, TreeMap::new, Collectors.toList()))
                .forEach((provenance, list) -> builder.addRegional("registry:regional_figure/" + provenance,
                        new StringReader(yaml(provenance, list))));
        return builder.build();
    }

    /** One regional-figure file (the law's format) per provenance. */
    private static String yaml(String provenance, List<Row> rows) {
        boolean computed = provenance.equals("computed");
        boolean synthetic = provenance.equals("synthetic");
        StringBuilder y = new StringBuilder("provenance: ")
                .append(synthetic ? "synthetic" : computed ? "computed" : "operator").append('\n')
                .append("regional-figures:\n");
        rows.stream().collect(Collectors.groupingBy(Row::series, TreeMap::new, Collectors.toList()))
                .forEach((series, list) -> {
                    y.append("  - figure: ").append(KIND.get(series)).append('\n')
                            .append("    period: quarter\n")
                            .append("    status: ").append(computed || synthetic ? "unverified" : "official").append('\n')
                            .append("    sources: [").append(quote(list.get(0).source())).append("]\n")
                            .append("    note: ").append(quote(synthetic
                                    ? "SYNTHETIC figure generated for the synthetic country, not official"
                                    : computed ? "Computed from the registry: " + list.get(0).computedFrom()
                                    : "Loaded by an operator from the official publication")).append('\n')
                            .append("    values:\n");
                    list.stream().collect(Collectors.groupingBy(Row::period, TreeMap::new, Collectors.toList()))
                            .forEach((period, inPeriod) -> y.append("      ").append(period).append(": {")
                                    .append(inPeriod.stream().map(r -> r.region() + ": " + r.value().toPlainString())
                                            .collect(Collectors.joining(", ")))
                                    .append("}\n"));
                });
        return y.toString();
    }

    private static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ")) + "\"";
    }
}
