package kz.shanyraq.app.web;

import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.app.familycard.FamilyCard;
import kz.shanyraq.app.familycard.FamilyCards;
import kz.shanyraq.app.familycard.Reader;
import kz.shanyraq.app.lifeevents.FamilyEvents;
import kz.shanyraq.app.proactive.OfferExplanations;
import kz.shanyraq.app.proactive.ProactiveHistory;
import kz.shanyraq.app.recompute.FamilyCategories;
import kz.shanyraq.app.registry.CoverageNote;
import kz.shanyraq.app.registry.PersonNames;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.support.Worklist;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The family card as of a date: members, well-being category, entitlements with explanations, facts over time,
 * incomes by month.
 */
@Controller
class FamilyCardPage {

    private final FamilyCards cards;
    private final PlaceNames places;
    private final Clock clock;
    private final FamilyCategories categories;
    private final FamilyEvents events;
    private final ProactiveHistory proactive;
    private final Worklist cases;
    private final CoverageNote coverage;
    private final OfferExplanations offerExplanations;
    private final PersonNames people;

    FamilyCardPage(FamilyCards cards, PlaceNames places, Clock clock, FamilyCategories categories, FamilyEvents events,
                   ProactiveHistory proactive, Worklist cases, CoverageNote coverage,
                   OfferExplanations offerExplanations, PersonNames people) {
        this.cards = cards;
        this.places = places;
        this.clock = clock;
        this.categories = categories;
        this.events = events;
        this.proactive = proactive;
        this.cases = cases;
        this.coverage = coverage;
        this.offerExplanations = offerExplanations;
        this.people = people;
    }

    @GetMapping("/families/{id}")
    String card(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                @PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(defaultValue = "") String purpose) {
        Optional<Purpose> chosen = Purpose.byCode(purpose);
        if (chosen.isEmpty()) {
            // No read without a declared purpose: back to the search form, which asks for one.
            return "redirect:/?purpose-required&family=" + id;
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        FamilyCard card = cards.open(Reader.ui(user, chosen.get()), id, day);
        model.addAttribute("user", user);
        model.addAttribute("scopeName", places.of(user.scope(), locale));
        CardView view = CardView.of(card, locale, places);
        model.addAttribute("card", view);
        // Names, phones and the street address: read after the card's access check and audit above.
        java.util.List<Long> memberIds = view.members().stream().map(CardView.MemberView::id)
                .filter(i -> i.matches("[0-9]{1,18}")).map(Long::parseLong).toList();
        Map<String, PersonNames.Name> names = new HashMap<>();
        people.names(memberIds).forEach((person, name) -> names.put(Long.toString(person), name));
        Map<String, String> phones = new HashMap<>();
        people.phones(memberIds).forEach((person, phone) -> phones.put(Long.toString(person), phone));
        model.addAttribute("names", names);
        model.addAttribute("phones", phones);
        model.addAttribute("street", people.street(id, day));
        model.addAttribute("wellbeing", categories.of(card));
        model.addAttribute("on", day);
        model.addAttribute("coverage", coverage.on(day, locale));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("purpose", chosen.get());
        // Proactive services of the family (read only after the card's access check and audit above).
        model.addAttribute("lifeEvents", events.of(id));
        model.addAttribute("offers", proactive.offers(id));
        Map<Long, CardView.ExplanationView> offerBasis = new HashMap<>();
        offerExplanations.structured(id).forEach((offer, x) -> offerBasis.put(offer, CardView.explanation(x, locale)));
        model.addAttribute("offerExplanations", offerBasis);
        model.addAttribute("cases", cases.ofFamily(id));
        model.addAttribute("measureTitles", MeasureTitles.in(locale));
        model.addAttribute("counter", java.util.Set.of(kz.shanyraq.app.security.Role.CONSULTANT,
                kz.shanyraq.app.security.Role.ASSISTANT, kz.shanyraq.app.security.Role.FAMILY_SUPPORT)
                .contains(user.role()));
        return "family";
    }
}
