package kz.shanyraq.app.home;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.app.registry.PersonNames;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
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
import java.util.Optional;

/**
 * Finding a family by a member's surname (and given name) within the reader's territory, for a declared purpose.
 * Only staff who read personal data; every family listed is a read, audited ({@code name-search}); the card opened
 * from the list goes through the card's own check and audit.
 */
@Controller
class NameSearchPage {

    private final PersonNames people;
    private final AuditTrail audit;
    private final PlaceNames places;
    private final Clock clock;

    NameSearchPage(PersonNames people, AuditTrail audit, PlaceNames places, Clock clock) {
        this.people = people;
        this.audit = audit;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/search/name")
    String search(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String purpose) {
        Staff.frame(model, user, places, locale);
        if (!user.role().readsPersonalData() || user.scope() == null) {
            model.addAttribute("status", 403);
            model.addAttribute("messageKey", "search.no-personal-data");
            return "problem";
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Purpose> chosen = Purpose.byCode(purpose);
        model.addAttribute("name", name);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("limit", PersonNames.SEARCH_LIMIT);
        if (chosen.isEmpty()) {
            model.addAttribute("error", "search.error.purpose");
            return "home/name-search";
        }
        if (name.strip().length() < 2) {
            model.addAttribute("error", "search.name.short");
            return "home/name-search";
        }
        List<PersonNames.Found> found = people.search(user.scope(), name, today);
        List<AuditEntry> reads = new ArrayList<>();
        found.stream().map(PersonNames.Found::familyId).distinct().forEach(f -> reads.add(new AuditEntry(
                user.getUsername(), user.role().code(), "ui", "family-search", chosen.get().code(), null, null, f,
                today, "granted", "listed by name")));
        if (reads.isEmpty()) {
            reads.add(new AuditEntry(user.getUsername(), user.role().code(), "ui", "family-search", chosen.get().code(),
                    null, null, null, today, "not-found", "no one by that name in the territory"));
        }
        audit.recordAll(reads);
        model.addAttribute("found", found);
        return "home/name-search";
    }
}
