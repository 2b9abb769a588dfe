package kz.shanyraq.app.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every page's frame needs: links to the same page in each language. */
@ControllerAdvice(assignableTypes = {LoginPage.class, SearchPage.class, FamilyCardPage.class, UiErrors.class,
        ProactiveDashboardPage.class, WorklistPage.class}, basePackages = {"kz.shanyraq.app.recompute",
        "kz.shanyraq.app.casework"})
class PageChrome {

    static final String[] LANGUAGES = {"ru", "kk", "en"};

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            links.put(lang, ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("lang", lang).replaceQueryParam("error").replaceQueryParam("logout")
                    .build().toUriString());
        }
        return links;
    }
}
