package kz.shanyraq.app.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.security.LoginThrottle;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.app.security.SignInLocks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneId;

/** Administrators: accounts and addresses locked after repeated wrong passwords, and unlocking them. */
@Controller
class SignInLocksPage {

    private final SignInLocks locks;
    private final ZoneId zone;

    SignInLocksPage(SignInLocks locks, java.time.Clock clock) {
        this.locks = locks;
        this.zone = clock.getZone();
    }

    @GetMapping("/admin/sign-in-locks")
    String list(@AuthenticationPrincipal ShanyraqUser user, Model model, HttpServletResponse response) {
        if (!SignInLocks.mayManage(user)) {
            return refused(model, response);
        }
        model.addAttribute("user", user);
        model.addAttribute("locks", locks.current(user));
        model.addAttribute("zone", zone);
        return "sign-in-locks";
    }

    @PostMapping("/admin/sign-in-locks/unlock")
    String unlock(@AuthenticationPrincipal ShanyraqUser user, @RequestParam LoginThrottle.Kind kind,
                  @RequestParam String key, Model model, HttpServletResponse response, RedirectAttributes next) {
        if (!SignInLocks.mayManage(user)) {
            return refused(model, response);
        }
        locks.unlock(user, kind, key, "ui");
        next.addFlashAttribute("unlocked", key);
        return "redirect:/admin/sign-in-locks";
    }

    private static String refused(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("messageKey", "locks.refused");
        model.addAttribute("status", 403);
        return "problem";
    }
}
