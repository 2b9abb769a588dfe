package kz.shanyraq.app.home;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.app.support.CaseWork;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** A hard-life-situation case: its history and the actions on it (take, assign, comment, close with an outcome). */
@Controller
class CasePage {

    private final CaseWork work;
    private final PlaceNames places;
    private final Clock clock;

    CasePage(CaseWork work, PlaceNames places, Clock clock) {
        this.work = work;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale, @PathVariable long id) {
        Staff.frame(model, user, places, locale);
        CaseWork.CaseFile c = work.open(id, user);
        model.addAttribute("c", c);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("outcomes", CaseWork.OUTCOMES);
        model.addAttribute("colleagues", work.colleagues(c.region(), c.district()));
        model.addAttribute("place", places.of(new kz.shanyraq.app.registry.Territory(c.region(), c.district()), locale));
        return "home/case";
    }

    @PostMapping("/cases/{id}/take")
    String take(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        work.take(id, user);
        return "redirect:/cases/" + id + "?done=taken";
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                  @RequestParam(defaultValue = "") String colleague) {
        work.assign(id, colleague, user);
        return "redirect:/cases/" + id + "?done=assigned";
    }

    @PostMapping("/cases/{id}/comment")
    String comment(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                   @RequestParam(defaultValue = "") String text) {
        work.comment(id, text, user);
        return "redirect:/cases/" + id + "?done=comment";
    }

    @PostMapping("/cases/{id}/close")
    String close(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                 @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String text) {
        work.close(id, outcome, text, user);
        return "redirect:/cases/" + id + "?done=closed";
    }

    /** A refused action or read: the page says why and what to do, in the layout, with the right status. */
    @ExceptionHandler(CaseWork.RefusedException.class)
    String refused(CaseWork.RefusedException e, @AuthenticationPrincipal ShanyraqUser user, Model model,
                   Locale locale, HttpServletResponse response) {
        int status = switch (e.reason()) {
            case "not-found" -> 404;
            case "role-not-allowed", "outside-territory" -> 403;
            default -> 422;
        };
        response.setStatus(status);
        Staff.frame(model, user, places, locale);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", "case.refused." + e.reason());
        return "problem";
    }
}
