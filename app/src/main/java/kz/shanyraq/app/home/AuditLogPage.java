package kz.shanyraq.app.home;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditLog;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.app.web.XlsxTable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit trail for the administrator: filters by user, action, outcome and dates; the same lines as XLSX. Reading
 * the trail is itself recorded in it.
 */
@Controller
class AuditLogPage {

    private final AuditLog log;
    private final AuditTrail audit;
    private final PlaceNames places;
    private final MessageSource messages;
    private final Clock clock;

    AuditLogPage(AuditLog log, AuditTrail audit, PlaceNames places, MessageSource messages, Clock clock) {
        this.log = log;
        this.audit = audit;
        this.places = places;
        this.messages = messages;
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

    @GetMapping("/admin/audit.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal ShanyraqUser user, Locale locale,
                                  @RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String action,
                                  @RequestParam(required = false) String outcome,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (user.role() != Role.ADMIN) {
            return ResponseEntity.status(403).build();
        }
        List<AuditLog.Line> lines = log.lines(new AuditLog.Filter(actor, action, outcome, from, to));
        recordRead(user, "xlsx");
        List<String> headings = List.of("audit.at", "audit.actor", "home.users.role", "audit.channel", "audit.action",
                "audit.purpose", "audit.person", "worklist.family", "audit.as-of", "audit.outcome", "audit.reason")
                .stream().map(k -> messages.getMessage(k, null, locale)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (AuditLog.Line l : lines) {
            rows.add(java.util.Arrays.asList(l.at(), l.actor(), l.actorRole(), l.channel(), l.action(), l.purpose(),
                    l.personId(), l.familyId(), l.asOf(), l.outcome(), l.reason()));
        }
        return XlsxTable.download("audit-" + LocalDate.now(clock), "audit", headings, rows);
    }

    private void recordRead(ShanyraqUser user, String how) {
        audit.record(new AuditEntry(user.getUsername(), user.role().code(), "ui", "worklist", "administration",
                null, null, null, LocalDate.now(clock), "granted", "audit log read: " + how));
    }
}
