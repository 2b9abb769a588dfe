package kz.shanyraq.app.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.app.support.Worklist;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The worklist of hard-life-situation cases: family-support specialists, their territory only. */
@Controller
class WorklistPage {

    private final Worklist worklist;
    private final PlaceNames places;
    private final Clock clock;
    private final AuditTrail audit;

    WorklistPage(Worklist worklist, PlaceNames places, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.worklist = worklist;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/worklist")
    String worklist(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                    HttpServletResponse response) {
        if (user.role() != Role.FAMILY_SUPPORT || user.scope() == null) {
            response.setStatus(403);
            model.addAttribute("messageKey", "worklist.refused");
            model.addAttribute("status", 403);
            return "problem";
        }
        model.addAttribute("user", user);
        model.addAttribute("scopeName", places.of(user.scope(), locale));
        List<Worklist.Case> cases = worklist.openCases(user.scope());
        // The list names families by id: each family listed is a read of personal data, audited like a card.
        List<AuditEntry> reads = cases.stream().map(Worklist.Case::familyId).distinct()
                .map(family -> new AuditEntry(user.getUsername(), user.role().code(), "ui", "worklist",
                        "hard-life-situation", null, null, family, LocalDate.now(clock), "granted",
                        "listed on the worklist"))
                .toList();
        if (!reads.isEmpty()) {
            audit.recordAll(reads);
        }
        model.addAttribute("cases", cases);
        model.addAttribute("today", LocalDate.now(clock));
        return "worklist";
    }
}
