package kz.shanyraq.app.home;

import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.ui.Model;

import java.util.Locale;

/** The frame every page of this module needs: who is signed in and the name of their territory. */
final class Staff {

    private Staff() {
    }

    static void frame(Model model, ShanyraqUser user, PlaceNames places, Locale locale) {
        model.addAttribute("user", user);
        model.addAttribute("scopeName", user.scope() == null ? null : places.of(user.scope(), locale));
    }
}
