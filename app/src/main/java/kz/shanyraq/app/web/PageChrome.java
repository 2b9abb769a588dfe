package kz.shanyraq.app.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every page's frame needs: links to the same page in each language. */
@ControllerAdvice(assignableTypes = {LoginPage.class, SearchPage.class, FamilyCardPage.class, UiErrors.class,
        ProactiveDashboardPage.class, WorklistPage.class, SignInLocksPage.class, SourcesPage.class}, basePackages = {
        "kz.shanyraq.app.recompute", "kz.shanyraq.app.casework", "kz.shanyraq.app.analytics",
        "kz.shanyraq.app.employment", "kz.shanyraq.app.labour", "kz.shanyraq.app.support",
        "kz.shanyraq.app.home"})
class PageChrome {

    static final String[] LANGUAGES = {"ru", "kk", "en"};

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            // A path and query only: the Host header is never written into a page.
            links.put(lang, ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("lang", lang).replaceQueryParam("error").replaceQueryParam("logout")
                    .replaceQueryParam("throttled").scheme(null).host(null).port(-1)
                    .build().toUriString());
        }
        return links;
    }

    /**
     * This page's address asking for one of its tables as XLSX ({@code TABLE__ID} stands for the table's id; see
     * {@code fragments/table :: tools} and {@link TableExports}).
     */
    @ModelAttribute("exportLink")
    String exportLink() {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("lang").replaceQueryParam("error").replaceQueryParam("logout")
                .replaceQueryParam("throttled").replaceQueryParam("xlsx-filter").replaceQueryParam("xlsx-sort")
                .replaceQueryParam(TableExports.PARAMETER, "TABLE__ID").scheme(null).host(null).port(-1)
                .build().toUriString();
    }
}
