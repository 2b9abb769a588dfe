package kz.shanyraq.app.home;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditLog;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail for the administrator: filters by user, action, outcome and dates; the same lines as XLSX. Reading
 * the trail is itself recorded in it. Its XLSX is the shared export of every table ({@code fragments/table}).
 */
@Controller
class AuditLogPage {

    private final AuditLog log;
    private final AuditTrail audit;
    private final PlaceNames places;
    private final Clock clock;

    AuditLogPage(AuditLog log, AuditTrail audit, PlaceNames places, Clock clock) {
        this.log = log;
        this.audit = audit;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String page(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale, HttpServletResponse response,
                @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                @RequestParam(required = false) String outcome,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Staff.frame(model, user, places, locale);
        if (user.role() != Role.ADMIN) {
            response.setStatus(403);
            model.addAttribute("status", 403);
            model.addAttribute("messageKey", "audit.refused");
            return "problem";
        }
        AuditLog.Filter filter = new AuditLog.Filter(actor, action, outcome, from, to);
        List<AuditLog.Line> lines = log.lines(filter);
        recordRead(user, "page");
        model.addAttribute("filter", filter);
        model.addAttribute("lines", lines);
        model.addAttribute("actions", AuditLog.ACTIONS);
        model.addAttribute("limit", AuditLog.LIMIT);
        return "home/audit";
    }

    private void recordRead(ShanyraqUser user, String how) {
        audit.record(new AuditEntry(user.getUsername(), user.role().code(), "ui", "worklist", "administration",
                null, null, null, LocalDate.now(clock), "granted", "audit log read: " + how));
    }
}
