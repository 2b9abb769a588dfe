package kz.shanyraq.app.recompute;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.app.registry.CoverageNote;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The run history with live progress, and the category distribution per region and district. */
@Controller
class RecomputePages {

    private final RecomputeRuns runs;
    private final CoverageNote coverage;
    private final CategoryDistribution distribution;
    private final PlaceNames places;
    private final Clock clock;

    RecomputePages(RecomputeRuns runs, CategoryDistribution distribution, PlaceNames places, Clock clock,
                   CoverageNote coverage) {
        this.runs = runs;
        this.coverage = coverage;
        this.distribution = distribution;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/recompute/runs")
    String history(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale) {
        frame(user, model, locale);
        RecomputeReaders.requireRunHistory(user);
        List<RecomputeRun> history = runs.history();
        model.addAttribute("runs", history);
        model.addAttribute("partial", runs.partial(history.stream().map(RecomputeRun::id).toList(),
                locale.getLanguage(), user.scope() == null ? null : user.scope().region()));
        model.addAttribute("now", Instant.now(clock));
        return "recompute/runs";
    }

    /** One run's row, polled by htmx every 2 s while the run is running (the row stops polling once it is not). */
    @GetMapping("/recompute/runs/{id}/row")
    String row(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale, @PathVariable long id) {
        RecomputeReaders.requireRunHistory(user);
        model.addAttribute("r", runs.byId(id).orElseThrow(() -> new RunResultsException("no-run",
                "no recompute run " + id)));
        model.addAttribute("partial", runs.partial(List.of(id), locale.getLanguage(),
                user.scope() == null ? null : user.scope().region()));
        model.addAttribute("now", Instant.now(clock));
        return "recompute/runs :: row";
    }

    @GetMapping("/recompute/distribution")
    String distribution(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                        @RequestParam(required = false) Long run,
                        @RequestParam(required = false) String region) {
        frame(user, model, locale);
        List<RecomputeRun> withResults = runs.history().stream()
                .filter(r -> "published".equals(r.status()) || "superseded".equals(r.status())).toList();
        model.addAttribute("runs", withResults);
        Long chosen = run != null ? run : withResults.stream()
                .filter(r -> "published".equals(r.status())).map(RecomputeRun::id).findFirst().orElse(null);
        if (chosen == null) {
            model.addAttribute("distribution", null);
            return "recompute/distribution";
        }
        Distribution d = distribution.of(chosen, region == null || region.isBlank() ? null : region, user);
        model.addAttribute("distribution", d);
        model.addAttribute("national", user.scope() == null);
        return "recompute/distribution";
    }

    private void frame(ShanyraqUser user, Model model, Locale locale) {
        model.addAttribute("user", user);
        model.addAttribute("scopeName", places.of(user.scope(), locale));
        // which months the registry's data covers: a run as of a date outside it is partial (marked on the runs)
        model.addAttribute("coverage", coverage.on(java.time.LocalDate.now(clock), locale));
    }

    @ExceptionHandler(OutsideTerritoryException.class)
    String refused(OutsideTerritoryException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("messageKey", "recompute.refused." + e.reason());
        model.addAttribute("status", 403);
        return "recompute/problem";
    }

    @ExceptionHandler(RunResultsException.class)
    String noResults(RunResultsException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("messageKey", "recompute.error." + e.reason());
        model.addAttribute("status", 404);
        return "recompute/problem";
    }
}
