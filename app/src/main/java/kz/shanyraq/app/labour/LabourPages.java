package kz.shanyraq.app.labour;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

/** The labour-risk screens: the regions' map, the monitoring list, the enterprise card; ru/kk/en. */
@Controller
class LabourPages {

    private final LabourMap map;
    private final Clock clock;

    LabourPages(LabourMap map, Clock clock) {
        this.map = map;
        this.clock = clock;
    }

    @GetMapping("/labour")
    String regions(@AuthenticationPrincipal ShanyraqUser user, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("user", user);
            model.addAttribute("regions", map.regions(user, "ui"));
            model.addAttribute("runs", map.runs(user).stream().limit(5).toList());
            model.addAttribute("inspector", user.role().code().equals("inspector"));
            model.addAttribute("canRun", !user.role().code().equals("inspector"));
            model.addAttribute("today", LocalDate.now(clock));
            return "labour/regions";
        } catch (LabourRefusedException e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/labour/scoring-runs")
    String run(@AuthenticationPrincipal ShanyraqUser user, Model model, HttpServletResponse response,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        try {
            map.startRun(user, on == null ? LocalDate.now(clock) : on, "ui");
            return "redirect:/labour";
        } catch (LabourRefusedException e) {
            return refused(e, model, response);
        }
    }

    @GetMapping("/labour/monitoring")
    String monitoring(@AuthenticationPrincipal ShanyraqUser user, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("user", user);
            model.addAttribute("enterprises", map.monitoring(user, "ui"));
            return "labour/monitoring";
        } catch (LabourRefusedException e) {
            return refused(e, model, response);
        }
    }

    @GetMapping("/labour/enterprises/{bin}")
    String card(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String bin, Model model,
                HttpServletResponse response,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        try {
            model.addAttribute("user", user);
            model.addAttribute("card", map.card(user, bin, on == null ? LocalDate.now(clock) : on, "ui"));
            return "labour/enterprise";
        } catch (LabourRefusedException e) {
            return refused(e, model, response);
        }
    }

    private static String refused(LabourRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("messageKey", "labour.refused." + e.reason());
        model.addAttribute("status", e.status());
        return "problem";
    }
}
