package kz.shanyraq.app.home;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.proactive.SmsReplies;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What a consultant does with an offer at the counter: records the citizen's consent or refusal given in person
 * (kept with who recorded it, audited), or sends the SMS again. Staff of the offer's territory only.
 */
@Controller
class CounterPage {

    private static final Set<Role> AT_THE_COUNTER = Set.of(Role.CONSULTANT, Role.ASSISTANT, Role.FAMILY_SUPPORT);

    private final SmsReplies replies;
    private final AuditTrail audit;
    private final PlaceNames places;
    private final Clock clock;

    CounterPage(SmsReplies replies, AuditTrail audit, PlaceNames places, Clock clock) {
        this.replies = replies;
        this.audit = audit;
        this.places = places;
        this.clock = clock;
    }

    @PostMapping("/offers/{id}/answer")
    String answer(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                  HttpServletResponse response, @PathVariable long id, @RequestParam(defaultValue = "") String answer,
                  @RequestParam(defaultValue = "entitlement-check") String purpose) {
        if (!answer.equals("consent") && !answer.equals("refusal")) {
            return problem(user, model, locale, response, 422, "counter.refused.answer-required");
        }
        SmsReplies.OfferPlace place = replies.place(id).orElse(null);
        String refusal = refusal(user, place);
        if (refusal != null) {
            record(user, place, "denied", "offer " + id);
            return problem(user, model, locale, response, refusal.equals("not-found") ? 404 : 403,
                    "counter.refused." + refusal);
        }
        SmsReplies.Result result = replies.atCounter(id, answer.equals("consent"), user.getUsername());
        record(user, place, "granted", "offer " + id + ": " + answer + " at the counter, "
                + result.outcome().name().toLowerCase(Locale.ROOT));
        return "redirect:" + card(place.familyId(), purpose, "answer-" + result.outcome().name().toLowerCase(Locale.ROOT));
    }

    @PostMapping("/offers/{id}/resend")
    String resend(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale, HttpServletResponse response,
                  @PathVariable long id, @RequestParam(defaultValue = "entitlement-check") String purpose) {
        SmsReplies.OfferPlace place = replies.place(id).orElse(null);
        String refusal = refusal(user, place);
        if (refusal != null) {
            record(user, place, "denied", "offer " + id);
            return problem(user, model, locale, response, refusal.equals("not-found") ? 404 : 403,
                    "counter.refused." + refusal);
        }
        boolean queued = replies.resend(id);
        record(user, place, "granted", "offer " + id + ": SMS sent again" + (queued ? "" : " (not waiting)"));
        return "redirect:" + card(place.familyId(), purpose, queued ? "resent" : "not-resent");
    }

    private static String refusal(ShanyraqUser user, SmsReplies.OfferPlace place) {
        if (!AT_THE_COUNTER.contains(user.role()) || user.scope() == null) {
            return "role-not-allowed";
        }
        // An unknown offer and another territory's are refused alike: a refusal tells nothing about the offer.
        if (place == null || place.region() == null
                || !user.scope().includes(new Territory(place.region(), place.district()))) {
            return "outside-territory";
        }
        return null;
    }

    private void record(ShanyraqUser user, SmsReplies.OfferPlace place, String outcome, String reason) {
        // Recorded as an action on the family card, where it is taken (the reason says which).
        audit.record(new AuditEntry(user.getUsername(), user.role().code(), "ui", "family-card", "proactive-offer", null,
                null, place == null ? null : place.familyId(), LocalDate.now(clock), outcome, reason));
    }

    private static String card(long familyId, String purpose, String done) {
        return UriComponentsBuilder.fromPath("/families/{id}").queryParam("purpose", purpose)
                .queryParam("done", done).fragment("proactive").buildAndExpand(familyId).toUriString();
    }

    private String problem(ShanyraqUser user, Model model, Locale locale, HttpServletResponse response, int status,
                           String key) {
        response.setStatus(status);
        Staff.frame(model, user, places, locale);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", key);
        return "problem";
    }
}
