package kz.shanyraq.app.web;

import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/** The sources of the law's figures, each with its number, title, date and address, for every signed-in user. */
@Controller
class SourcesPage {

    private final LawSources sources;
    private final PlaceNames places;

    SourcesPage(LawSources sources, PlaceNames places) {
        this.sources = sources;
        this.places = places;
    }

    @GetMapping("/sources")
    String sources(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale) {
        model.addAttribute("user", user);
        model.addAttribute("scopeName", user.scope() == null ? null : places.of(user.scope(), locale));
        model.addAttribute("sources", sources.all());
        return "sources";
    }
}
