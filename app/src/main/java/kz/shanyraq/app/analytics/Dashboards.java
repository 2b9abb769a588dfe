package kz.shanyraq.app.analytics;

import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a dashboard for a reader: the national one, or a region's (or district's) with the same figures. */
@Service
public class Dashboards {

    private final Figures figures;

    Dashboards(Figures figures) {
        this.figures = figures;
    }

    public Dashboard of(ShanyraqUser reader, String month, AnalyticsFilter filter) {
        AnalyticsAccess.require(reader);
        Figures.Month m = figures.month(month);
        List<Figures.Month> months = figures.months();
        Map<String, FigureSet> series = new LinkedHashMap<>();
        figures.series(months, filter).forEach((k, v) -> series.put(k.label(), v));
        return new Dashboard(m.label(), m.asOf(), filter, months.stream().map(Figures.Month::label).toList(),
                figures.of(m, filter), filter.district() == null ? figures.byTerritory(m, filter) : Map.of(), series);
    }

    /** One figure (for a measure or category key) per region: what the map colours. */
    public Map<String, Value> map(ShanyraqUser reader, String month, Figure figure, String key, AnalyticsFilter filter) {
        AnalyticsAccess.require(reader);
        Figures.Month m = figures.month(month);
        Map<String, Value> out = new LinkedHashMap<>();
        figures.byTerritory(m, new AnalyticsFilter(null, null, filter.locality(), filter.category()))
                .forEach((region, set) -> {
                    if (!region.isEmpty()) {
                        out.put(region, set.pick(figure, key));
                    }
                });
        return out;
    }

    /**
     * The same figure per district of the filter's region, for the table that stands in for a district layer of the
     * map (no district shapes of Kazakhstan under a licence allowing redistribution are at hand; docs/analytics.md).
     * Empty without a region.
     */
    public Map<String, Value> districtMap(ShanyraqUser reader, String month, Figure figure, String key,
                                         AnalyticsFilter filter) {
        AnalyticsAccess.require(reader);
        Map<String, Value> out = new LinkedHashMap<>();
        if (filter.region() == null) {
            return out;
        }
        Figures.Month m = figures.month(month);
        figures.byTerritory(m, new AnalyticsFilter(filter.region(), null, filter.locality(), filter.category()))
                .forEach((district, set) -> {
                    if (!district.isEmpty()) {
                        out.put(district, set.pick(figure, key));
                    }
                });
        return out;
    }
}
