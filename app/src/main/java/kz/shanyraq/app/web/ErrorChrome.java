package kz.shanyraq.app.web;

import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Locale;
import java.util.Map;

/**
 * Error pages keep the layout: the signed-in user's navigation and the language links, so whoever hit an error
 * sees where they are and goes on from there.
 */
@ControllerAdvice(assignableTypes = BasicErrorController.class)
class ErrorChrome {

    private final PlaceNames places;

    ErrorChrome(PlaceNames places) {
        this.places = places;
    }

    @ModelAttribute("user")
    ShanyraqUser user() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getPrincipal() instanceof ShanyraqUser u ? u : null;
    }

    @ModelAttribute("scopeName")
    String scopeName(Locale locale) {
        ShanyraqUser u = user();
        return u == null || u.scope() == null ? null : places.of(u.scope(), locale);
    }

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks() {
        return new PageChrome().languageLinks();
    }
}
