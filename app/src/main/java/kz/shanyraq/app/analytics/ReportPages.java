package kz.shanyraq.app.analytics;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The monthly report's page: choose a month and a language, generate, download the kept files. */
@Controller
class ReportPages {

    private final Reports reports;
    private final Figures figures;

    ReportPages(Reports reports, Figures figures) {
        this.reports = reports;
        this.figures = figures;
    }

    @GetMapping("/analytics/reports")
    String list(@AuthenticationPrincipal ShanyraqUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("reports", reports.list(user));
        java.util.List<String> months = new java.util.ArrayList<>(figures.months().stream().map(Figures.Month::label)
                .toList());
        java.util.Collections.reverse(months);
        model.addAttribute("months", months);
        return "analytics/reports";
    }

    @PostMapping("/analytics/reports")
    String generate(@AuthenticationPrincipal ShanyraqUser user, @RequestParam(required = false) String month,
                    @RequestParam(defaultValue = "ru") String language) {
        reports.generate(user, month, language);
        return "redirect:/analytics/reports";
    }

    @GetMapping("/analytics/reports/{id}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return ReportApi.download(reports.get(user, id), reports.content(user, id));
    }

    @ExceptionHandler(AnalyticsRefusedException.class)
    String refused(AnalyticsRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("status", e.status());
        return "analytics/problem";
    }
}
