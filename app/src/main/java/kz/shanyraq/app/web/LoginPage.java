package kz.shanyraq.app.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in the demo it names the demo users. */
@Controller
class LoginPage {

    private final Environment environment;

    LoginPage(Environment environment) {
        this.environment = environment;
    }

    @GetMapping("/login")
    String login(Model model) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        model.addAttribute("demo", demo);
        if (demo) {
            model.addAttribute("demoUsers", kz.shanyraq.app.demo.DemoUsers.ALL);
            model.addAttribute("demoPassword", kz.shanyraq.app.demo.DemoUsers.PASSWORD);
        }
        return "login";
    }
}
