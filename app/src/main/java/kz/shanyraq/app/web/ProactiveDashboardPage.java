package kz.shanyraq.app.web;

import kz.shanyraq.app.proactive.ProactiveDashboard;
import kz.shanyraq.app.recompute.Distribution;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The proactive-services dashboard (aggregates, no person): SMS offers sent, consented, refused, expired, assigned by
 * measure and region; and, for operators, the local SMS outbox of the default gateway.
 */
@Controller
class ProactiveDashboardPage {

    private final ProactiveDashboard dashboard;
    private final PlaceNames places;
    private final Clock clock;

    ProactiveDashboardPage(ProactiveDashboard dashboard, PlaceNames places, Clock clock) {
        this.dashboard = dashboard;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/proactive")
    String dashboard(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     HttpServletResponse response) {
        if (user.role() == Role.SMS_GATEWAY) {
            return refused(model, response);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to == null ? today : to;
        LocalDate first = from == null ? last.withDayOfYear(1) : from;
        var rows = dashboard.figures(first, last, user.scope());
        Map<String, String> regions = new LinkedHashMap<>();
        rows.stream().map(ProactiveDashboard.Row::region).filter(r -> r != null).distinct()
                .forEach(r -> regions.put(r, places.of(Territory.region(r), locale)));
        model.addAttribute("user", user);
        model.addAttribute("scopeName", places.of(user.scope(), locale));
        model.addAttribute("rows", rows.stream().map(Shown::of).toList());
        model.addAttribute("regions", regions);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("measureTitles", MeasureTitles.in(locale));
        model.addAttribute("showOutbox", user.role() == Role.OPERATOR || user.role() == Role.ADMIN);
        if (user.role() == Role.OPERATOR || user.role() == Role.ADMIN) {
            model.addAttribute("outbox", dashboard.outbox(50));
        }
        return "proactive";
    }

    /**
     * A row as published: the answers (consented, refused, expired, awaiting) add up to the SMS sent, so they are
     * hidden by the distribution page's rule ({@link Distribution#suppressed}); the assigned offers are a part of the
     * consented ones, hidden with them or when 1–4, and their amount with them.
     */
    record Shown(ProactiveDashboard.Row row, Distribution.Cell sent, Distribution.Cell consented,
                 Distribution.Cell refused, Distribution.Cell expired, Distribution.Cell open,
                 Distribution.Cell assigned, boolean amountHidden) {

        static Shown of(ProactiveDashboard.Row r) {
            boolean[] hide = Distribution.suppressed(r.consented(), r.refused(), r.expired(), r.open());
            boolean assignedHidden = Distribution.hidden(r.assigned()) || hide[0] && r.assigned() > 0;
            return new Shown(r, cell(r.sent(), hide[4] || Distribution.hidden(r.sent())), cell(r.consented(), hide[0]),
                    cell(r.refused(), hide[1]), cell(r.expired(), hide[2]), cell(r.open(), hide[3]),
                    cell(r.assigned(), assignedHidden), assignedHidden);
        }

        private static Distribution.Cell cell(long n, boolean hidden) {
            return new Distribution.Cell(hidden ? null : n, hidden);
        }

        public String measure() {
            return row.measure();
        }

        public String region() {
            return row.region();
        }
    }

    static String refused(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("messageKey", "access.refused.role-without-personal-data");
        model.addAttribute("status", 403);
        return "problem";
    }
}
