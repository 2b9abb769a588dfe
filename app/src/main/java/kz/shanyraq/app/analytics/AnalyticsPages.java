package kz.shanyraq.app.analytics;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The national and regional dashboards: charts (ECharts), a table under each, the map (Leaflet), the filters. */
@Controller
class AnalyticsPages {

    private final Dashboards dashboards;
    private final Figures figures;
    private final PlaceNames places;

    private final Calibration calibration;
    private final org.springframework.context.MessageSource messages;

    AnalyticsPages(Dashboards dashboards, Figures figures, PlaceNames places, Calibration calibration,
                   org.springframework.context.MessageSource messages) {
        this.calibration = calibration;
        this.messages = messages;
        this.dashboards = dashboards;
        this.figures = figures;
        this.places = places;
    }

    @GetMapping("/analytics")
    String dashboard(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                     @RequestParam(required = false) String month,
                     @RequestParam(required = false) String region,
                     @RequestParam(required = false) String district,
                     @RequestParam(required = false) String locality,
                     @RequestParam(required = false) Integer category,
                     @RequestParam(defaultValue = "families") String mapFigure,
                     @RequestParam(required = false) String mapKey) {
        AnalyticsAccess.require(user);
        model.addAttribute("user", user);
        AnalyticsFilter filter = AnalyticsFilter.of(region, district, locality, category);
        model.addAttribute("filter", filter);
        model.addAttribute("titles", titles(locale));
        model.addAttribute("regions", regionNames(locale));
        model.addAttribute("figureList", Figure.values());
        if (figures.months().isEmpty()) {
            model.addAttribute("d", null);
            return "analytics/dashboard";
        }
        Dashboard d = dashboards.of(user, month, filter);
        model.addAttribute("d", d);
        Figure mf = AnalyticsApi.figure(mapFigure);
        String key = mapKey != null && !mapKey.isBlank() ? mapKey
                : mf == Figure.CATEGORY_SHARE ? "1" : "targeted-social-assistance";
        model.addAttribute("mapFigure", mf.id());
        model.addAttribute("mapKey", key);
        Map<String, Value> map = dashboards.map(user, d.month(), mf, key, filter);
        model.addAttribute("mapValues", map);
        model.addAttribute("districtValues", dashboards.districtMap(user, d.month(), mf, key, filter));
        Map<String, String> territoryNames = new LinkedHashMap<>();
        d.territories().keySet().forEach(t -> territoryNames.put(t, t.isEmpty() ? "—"
                : filter.region() == null ? places.region(t, locale) : places.district(t, locale)));
        model.addAttribute("territoryNames", territoryNames);
        model.addAttribute("districts", filter.region() == null ? Map.of() : districtNames(filter.region(), locale));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("charts", charts(d, locale));
        data.put("mapValues", map);
        data.put("regionNames", regionNames(locale));
        data.put("month", d.month());
        List<String> categoryLabels = new ArrayList<>();
        categoryLabels.add(messages.getMessage("analytics.category.0", null, locale));
        for (int c = 1; c <= 6; c++) {
            categoryLabels.add(String.valueOf(c));
        }
        data.put("categoryLabels", categoryLabels);
        data.put("labels", labels(locale, "money", "analytics.figure.money", "families", "analytics.figure.families",
                "recipients", "analytics.figure.recipients", "sms", "analytics.figure.sms-sent",
                "mapTitle", "analytics.figure." + mf.id(), "hidden", "analytics.hidden"));
        model.addAttribute("pageData", json(data));
        return "analytics/dashboard";
    }

    @GetMapping("/analytics/calibration")
    String calibration(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                       @RequestParam(required = false) String month) {
        AnalyticsAccess.require(user);
        model.addAttribute("user", user);
        model.addAttribute("t", calibration.of(user, month));
        model.addAttribute("titles", titles(locale));
        return "analytics/calibration";
    }

    /** Labels for the charts, by name → message key (pairs). */
    Map<String, String> labels(Locale locale, String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], messages.getMessage(pairs[i + 1], null, locale));
        }
        return out;
    }

    /** The page's data as JSON for its script (a JSON block: the content security policy runs no inline script). */
    static String json(Object data) {
        try {
            return Simulations.JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> titles(Locale locale) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (Measure m : Measures.all()) {
            titles.put(m.id(), m.title().in(locale));
        }
        return titles;
    }

    Map<String, String> regionNames(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String code : List.of("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35",
                "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79")) {
            out.put(code, places.region(code, locale));
        }
        return out;
    }

    private Map<String, String> districtNames(String region, Locale locale) {
        return figures.districts(region).stream().collect(LinkedHashMap::new,
                (m, id) -> m.put(id, places.district(id, locale)), Map::putAll);
    }

    /** The chart data (what the tables under the charts show, hidden cells as null). */
    private static Map<String, Object> charts(Dashboard d, Locale locale) {
        Map<String, String> titles = titles(locale);
        Map<String, Object> c = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        List<Double> money = new ArrayList<>();
        List<Double> recipients = new ArrayList<>();
        for (FigureSet.MeasureRow r : d.figures().measures()) {
            labels.add(titles.get(r.measure()));
            money.add(r.money().value());
            recipients.add(r.recipients().value());
        }
        c.put("measureLabels", labels);
        c.put("money", money);
        c.put("recipients", recipients);
        c.put("categoryFamilies", d.figures().categories().stream().map(r -> r.families().value()).toList());
        c.put("months", new ArrayList<>(d.series().keySet()));
        c.put("seriesFamilies", d.series().values().stream().map(s -> s.get(Figure.FAMILIES).value()).toList());
        c.put("seriesAsp", d.series().values().stream()
                .map(s -> s.pick(Figure.RECIPIENTS, "targeted-social-assistance").value()).toList());
        c.put("seriesSms", d.series().values().stream().map(s -> {
            Value v = s.get(Figure.SMS_SENT);
            return v == null ? null : v.value();
        }).toList());
        return c;
    }

    @ExceptionHandler(AnalyticsRefusedException.class)
    String refused(AnalyticsRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("status", e.status());
        return "analytics/problem";
    }
}
