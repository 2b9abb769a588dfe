package kz.shanyraq.app.web;

import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.app.familycard.FamilyCards;
import kz.shanyraq.app.familycard.NotInRegistryException;
import kz.shanyraq.app.familycard.Reader;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.family.Iin;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Home: find a family by the IIN of any member, for a declared purpose, as of a date. */
@Controller
class SearchPage {

    private final FamilyCards cards;
    private final PlaceNames places;
    private final Clock clock;

    SearchPage(FamilyCards cards, PlaceNames places, Clock clock) {
        this.cards = cards;
        this.places = places;
        this.clock = clock;
    }

    /** The search form alone (the home page has it too, with the reader's lists). */
    @GetMapping("/search")
    String home(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale) {
        return form(user, model, locale, "", LocalDate.now(clock), null, Map.of());
    }

    @PostMapping("/search")
    String search(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                  @RequestParam(defaultValue = "") String iin,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  @RequestParam(defaultValue = "") String purpose) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        String cleaned = iin.replaceAll("\\s", "");
        Map<String, String> errors = new LinkedHashMap<>();
        String iinProblem = Iin.problem(cleaned);
        if (iinProblem != null) {
            errors.put("iin", "search.error.iin");
        }
        Optional<Purpose> chosen = Purpose.byCode(purpose);
        if (chosen.isEmpty()) {
            errors.put("purpose", "search.error.purpose");
        }
        if (!errors.isEmpty()) {
            return form(user, model, locale, cleaned, day, purpose, errors);
        }
        try {
            long familyId = cards.findFamily(Reader.ui(user, chosen.get()), new Iin(cleaned), day);
            return "redirect:" + UriComponentsBuilder.fromPath("/families/{id}")
                    .queryParam("on", day).queryParam("purpose", purpose)
                    .buildAndExpand(familyId).toUriString();
        } catch (NotInRegistryException e) {
            errors.put("iin", "search.error.not-found." + e.what());
        } catch (AccessRefusedException e) {
            errors.put("iin", "access.refused." + e.reason());
        }
        return form(user, model, locale, cleaned, day, purpose, errors);
    }

    private String form(ShanyraqUser user, Model model, Locale locale, String iin, LocalDate on, String purpose,
                        Map<String, String> errors) {
        model.addAttribute("user", user);
        model.addAttribute("scopeName", places.of(user.scope(), locale));
        model.addAttribute("readsPersonalData", user.role().readsPersonalData());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("iin", iin);
        model.addAttribute("on", on);
        model.addAttribute("purpose", purpose);
        model.addAttribute("errors", errors);
        return "search";
    }
}
