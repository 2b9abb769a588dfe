package kz.shanyraq.app.analytics;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The simulations: a reform entered (YAML, or picked in the form), the runs, a result with charts and the map. */
@Controller
class SimulationPages {

    private final Simulations simulations;
    private final PlaceNames places;

    private final org.springframework.context.MessageSource messages;

    SimulationPages(Simulations simulations, PlaceNames places, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.simulations = simulations;
        this.places = places;
    }

    @GetMapping("/analytics/simulations")
    String list(@AuthenticationPrincipal ShanyraqUser user, Model model) {
        List<Simulations.Run> runs = simulations.list(user);
        model.addAttribute("user", user);
        model.addAttribute("runs", runs);
        model.addAttribute("parameters", ReformDrafts.numeric(simulations.law()));
        model.addAttribute("today", LocalDate.now());
        return "analytics/simulations";
    }

    @PostMapping("/analytics/simulations")
    String start(@AuthenticationPrincipal ShanyraqUser user, Model model,
                 @RequestParam(required = false) String title,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 @RequestParam(required = false) String reform,
                 @RequestParam(required = false) String parameter,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) BigDecimal value,
                 @RequestParam(required = false) BigDecimal percent) {
        AnalyticsAccess.require(user);
        String yaml = reform;
        if (yaml == null || yaml.isBlank()) {
            yaml = ReformDrafts.yaml(simulations.law(), parameter, from, value, percent);
        }
        long id = simulations.start(user, title, asOf, yaml);
        return "redirect:/analytics/simulations/" + id;
    }

    @GetMapping("/analytics/simulations/{id}")
    String show(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale, @PathVariable long id) {
        Simulations.Run run = simulations.get(user, id);
        model.addAttribute("user", user);
        model.addAttribute("run", run);
        model.addAttribute("titles", AnalyticsPages.titles(locale));
        if (run.result() != null) {
            SimulationView v = SimulationView.of(run.result());
            model.addAttribute("v", v);
            Map<String, String> regionNames = new LinkedHashMap<>();
            v.byRegion().forEach(g -> regionNames.put(g.key(), "null".equals(g.key()) ? "—"
                    : places.region(g.key(), locale)));
            model.addAttribute("regionNames", regionNames);
            Map<String, Object> charts = new LinkedHashMap<>();
            Map<String, String> titles = AnalyticsPages.titles(locale);
            List<String> labels = new ArrayList<>();
            List<Double> before = new ArrayList<>();
            List<Double> after = new ArrayList<>();
            v.measures().forEach(c -> {
                labels.add(titles.getOrDefault(c.measure(), c.measure()));
                before.add(c.monthlyBefore().value());
                after.add(c.monthlyAfter().value());
            });
            charts.put("labels", labels);
            charts.put("before", before);
            charts.put("after", after);
            charts.put("deciles", v.byDecile().stream().map(SimulationView.Group::key).toList());
            charts.put("decileGain", v.byDecile().stream().map(g -> g.change().gained().value()).toList());
            charts.put("decileLoss", v.byDecile().stream().map(g -> g.change().lost().value()).toList());
            Map<String, Value> regionNet = new LinkedHashMap<>();
            v.byRegion().forEach(g -> {
                Value gained = g.change().gained();
                Value lost = g.change().lost();
                regionNet.put(g.key(), gained.hidden() || lost.hidden() ? Value.HIDDEN
                        : new Value((gained.value() == null ? 0 : gained.value())
                        - (lost.value() == null ? 0 : lost.value()), false));
            });
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("charts", charts);
            data.put("mapValues", regionNet);
            data.put("regionNames", regionNames);
            Map<String, String> texts = new LinkedHashMap<>();
            for (String[] l : new String[][]{{"before", "sim.before"}, {"after", "sim.after"}, {"gained", "sim.gained"},
                    {"lost", "sim.lost"}, {"mapTitle", "sim.map"}, {"hidden", "analytics.hidden"}}) {
                texts.put(l[0], messages.getMessage(l[1], null, locale));
            }
            data.put("labels", texts);
            model.addAttribute("pageData", AnalyticsPages.json(data));
        }
        return "analytics/simulation";
    }

    @GetMapping("/analytics/simulations/{id}/xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, Locale locale) {
        Simulations.Run r = simulations.get(user, id);
        if (r.result() == null) {
            throw AnalyticsRefusedException.notFound("simulation " + id + " is " + r.status() + ": no result yet");
        }
        return SimulationApi.xlsxResponse("simulation-" + id + ".xlsx",
                SimulationWorkbook.of(r, SimulationView.of(r.result()), AnalyticsPages.titles(locale)));
    }

    @GetMapping("/analytics/simulations/compare")
    String compare(@AuthenticationPrincipal ShanyraqUser user, Model model, @RequestParam List<Long> ids) {
        List<Simulations.Run> runs = new ArrayList<>();
        Map<Long, SimulationView> views = new LinkedHashMap<>();
        for (long id : ids) {
            Simulations.Run r = simulations.get(user, id);
            runs.add(r);
            if (r.result() != null) {
                views.put(id, SimulationView.of(r.result()));
            }
        }
        model.addAttribute("user", user);
        model.addAttribute("runs", runs);
        model.addAttribute("views", views);
        return "analytics/compare";
    }

    @ExceptionHandler(AnalyticsRefusedException.class)
    String refused(AnalyticsRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("status", e.status());
        return "analytics/problem";
    }
}
