package kz.shanyraq.app.home;

import kz.shanyraq.app.Browser;
import kz.shanyraq.app.Chromium;
import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.lifeevents.TestFamilies;
import kz.shanyraq.app.recompute.PublishedRun;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's home in a real browser, with its screenshot kept in {@code docs/screenshots}; a specialist takes a
 * hard-life-situation case and closes it with an outcome; a consultant records a citizen's consent at the counter;
 * the family card at 390 px has no sideways scrolling; and every page, in Kazakh and in Russian, says everything in
 * words of that language (no message key, no code, no English).
 */
class HomesBrowserTest extends LifeEventTestSupport {

    /** Where the homes' screenshots are kept for readers of the documentation (the tests run in {@code app/}). */
    static final Path DOCS = Path.of("..", "docs", "screenshots");

    @Browser(screenshots = "homes", width = 1366, height = 900)
    static Chromium chromium;
    @Browser(screenshots = "phone", width = 390, height = 844)
    static Chromium phone;

    @Autowired
    @kz.shanyraq.app.database.RegistryOwner
    DataSource owner;

    /** A family of the district whose father died two days ago: a breadwinner-loss case and a survivor offer. */
    private TestFamilies.Family bereaved(String region, String district, String sourceId) throws Exception {
        TestFamilies.Family f = family(region, district);
        send(event(sourceId, "death-registered", today().minusDays(2), f.fatherIin(), Map.of()));
        awaitProcessed(sourceId);
        return f;
    }

    private String h1() {
        return chromium.driver().findElement(By.tagName("h1")).getText();
    }

    private void keepForTheDocs(String name) throws IOException {
        chromium.shot(name);
        Files.createDirectories(DOCS);
        Files.copy(Chromium.SCREENSHOTS.resolve("homes-" + name + ".png"), DOCS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void every_role_lands_on_a_home_of_its_own_work() throws Exception {
        PublishedRun.of(owner);
        bereaved("KZ-59", "KZ-59-01", "homes-sko");
        bereaved("KZ-71", "KZ-71-01", "homes-astana");
        Map<String, String> homes = new LinkedHashMap<>();
        homes.put("consultant.sko", "Мои семьи");
        homes.put("specialist.astana", "Рабочий список");
        homes.put("analyst", "Показатели страны");
        homes.put("operator", "Загрузки, перерасчёты, события");
        homes.put("admin", "Пользователи и журнал аудита");
        homes.put("inspector.sko", "Списки инспектора труда");
        for (var home : homes.entrySet()) {
            chromium.signIn(home.getKey(), "ru");
            chromium.get("/");
            assertThat(h1()).as(home.getKey()).isEqualTo(home.getValue());
            keepForTheDocs("home-" + home.getKey().replace('.', '-'));
        }
        chromium.signIn("consultant.sko", "ru");
        chromium.get("/");
        assertThat(chromium.driver().findElements(By.cssSelector("#home-offers tbody tr"))).isNotEmpty();
        assertThat(chromium.driver().findElements(By.cssSelector("#home-cases tbody tr"))).isNotEmpty();
        assertThat(chromium.driver().findElement(By.id("iin")).isDisplayed()).isTrue();
        chromium.signIn("analyst", "ru");
        chromium.get("/");
        assertThat(chromium.driver().findElements(By.cssSelector("#national tbody tr"))).isNotEmpty();
        assertThat(chromium.driver().findElements(By.id("iin"))).as("no search for a role without personal data")
                .isEmpty();
        chromium.signIn("operator", "ru");
        chromium.get("/");
        assertThat(chromium.driver().findElement(By.id("intake")).getText()).contains("получено за сутки");
        assertThat(chromium.driver().findElements(By.cssSelector("#home-runs tbody tr"))).isNotEmpty();
        chromium.signIn("inspector.sko", "ru");
        chromium.get("/");
        assertThat(chromium.driver().findElements(By.cssSelector("#labour-lists a"))).hasSize(2);
    }

    @Test
    void a_specialist_takes_a_case_and_closes_it_with_an_outcome() throws Exception {
        TestFamilies.Family f = bereaved("KZ-71", "KZ-71-01", "homes-case");
        long caseId = jdbc.sql("select id from support_case where family_id = :f").param("f", f.id())
                .query(Long.class).single();
        chromium.signIn("specialist.astana", "ru");
        chromium.get("/");
        chromium.submit(By.cssSelector("#home-cases tr[data-case='" + caseId + "'] a[href^='/cases/']"));
        assertThat(h1()).isEqualTo("Трудная жизненная ситуация № " + caseId);

        chromium.submit(By.id("take"));
        assertThat(chromium.driver().findElement(By.id("case-status")).getText()).isEqualTo("в работе");
        assertThat(chromium.driver().findElement(By.id("case-assignee")).getText()).isEqualTo("specialist.astana");

        chromium.driver().findElement(By.id("comment")).sendKeys("Позвонили матери, договорились о визите");
        chromium.submit(By.cssSelector("#comment-form button"));
        new Select(chromium.driver().findElement(By.id("outcome"))).selectByValue("support-arranged");
        chromium.driver().findElement(By.id("close-text")).sendKeys("Оформлено пособие по потере кормильца");
        chromium.submit(By.id("close"));
        chromium.shot("case-closed");

        assertThat(chromium.driver().findElement(By.id("case-status")).getText())
                .isEqualTo("закрыт: помощь оказана");
        assertThat(chromium.driver().findElement(By.id("case-history")).getText())
                .contains("взял(а) в работу", "Позвонили матери", "закрыл(а) случай",
                        "помощь оказана: Оформлено пособие по потере кормильца");
        Map<String, Object> row = template.queryForMap(
                "select status, outcome, closed_by from support_case where id = ?", caseId);
        assertThat(row).containsEntry("status", "closed").containsEntry("outcome", "support-arranged")
                .containsEntry("closed_by", "specialist.astana");
        assertThat(count("select count(*) from audit_event where action = 'worklist' and actor = 'specialist.astana'"
                + " and family_id = ? and reason = ?", f.id(), "case " + caseId + ": closed")).isEqualTo(1);
    }

    @Test
    void a_case_of_another_territory_is_refused_and_the_attempt_recorded() throws Exception {
        TestFamilies.Family f = bereaved("KZ-71", "KZ-71-01", "homes-case-refused");
        long caseId = jdbc.sql("select id from support_case where family_id = :f").param("f", f.id())
                .query(Long.class).single();
        chromium.signIn("consultant.sko", "ru");
        chromium.get("/cases/" + caseId);
        assertThat(h1()).isEqualTo("Доступ запрещён");
        // The refusal keeps the layout: the navigation and the way home.
        assertThat(chromium.driver().findElements(By.id("nav-home"))).hasSize(1);
        assertThat(count("select count(*) from audit_event where action = 'worklist' and actor = 'consultant.sko'"
                + " and family_id = ? and outcome = 'denied' and reason like 'case %'", f.id())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void an_unknown_page_says_what_went_wrong_and_what_to_do_in_the_layout() {
        chromium.signIn("consultant.sko", "ru");
        chromium.get("/no-such-page");
        assertThat(h1()).startsWith("Не найдено");
        assertThat(chromium.driver().findElement(By.tagName("main")).getText())
                .contains("Такой страницы нет", "Что делать");
        assertThat(chromium.driver().findElements(By.id("nav-home"))).hasSize(1);
    }

    @Test
    void a_consultant_records_a_citizens_consent_given_at_the_counter() throws Exception {
        TestFamilies.Family f = bereaved("KZ-59", "KZ-59-01", "homes-counter");
        long offer = jdbc.sql("select id from offer where family_id = :f and status = 'sent' order by id limit 1")
                .param("f", f.id()).query(Long.class).single();
        chromium.signIn("consultant.sko", "ru");
        chromium.get("/families/" + f.id() + "?purpose=entitlement-check");
        WebElement article = chromium.driver().findElement(By.cssSelector("article.offer[data-offer='" + offer + "']"));
        // The offer's legal basis is shown like the card's explanation (conditions, parameters), not as a text dump.
        assertThat(article.findElements(By.cssSelector(".offer-basis .conditions li"))).isNotEmpty();
        assertThat(article.findElements(By.cssSelector(".offer-basis pre"))).isEmpty();
        chromium.submit(article.findElement(By.cssSelector("button.consent")));

        assertThat(chromium.driver().findElement(By.id("offer-done")).getText())
                .isEqualTo("Согласие записано: назначение создано.");
        Map<String, Object> row = template.queryForMap(
                "select status, answered_via, answered_by from offer where id = ?", offer);
        assertThat(row).containsEntry("status", "consented").containsEntry("answered_via", "counter")
                .containsEntry("answered_by", "consultant.sko");
        assertThat(count("select count(*) from assignment where offer_id = ?", offer)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'family-card' and actor = 'consultant.sko'"
                + " and family_id = ? and reason = ?", f.id(), "offer " + offer + ": consent at the counter, consented"))
                .isEqualTo(1);
    }

    @Test
    void the_lists_filter_and_sort_in_the_page_and_the_export_link_follows() {
        chromium.signIn("admin", "ru");
        chromium.get("/");
        WebElement filter = chromium.driver().findElement(By.cssSelector("[data-export=users] .table-filter"));
        filter.sendKeys("consultant");
        List<WebElement> shown = chromium.driver().findElements(By.cssSelector("#users tbody tr:not([hidden])"));
        assertThat(shown).isNotEmpty().allMatch(r -> r.getText().contains("consultant"));
        assertThat(chromium.driver().findElements(By.cssSelector("#users tbody tr[hidden]"))).isNotEmpty();

        WebElement login = chromium.driver().findElement(By.cssSelector("#users thead th"));
        login.click();
        login.click();
        assertThat(login.getAttribute("aria-sort")).isEqualTo("descending");
        List<String> logins = chromium.driver().findElements(By.cssSelector("#users tbody tr:not([hidden]) td:first-child"))
                .stream().map(WebElement::getText).toList();
        assertThat(logins).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
        String href = chromium.driver().findElement(By.cssSelector("[data-export=users] .table-export"))
                .getAttribute("href");
        assertThat(href).contains("xlsx=users", "xlsx-filter=consultant", "xlsx-sort=0:desc");
    }

    @Test
    void the_family_card_fits_a_phone_390_px_wide_without_sideways_scrolling() throws IOException {
        phone.signIn("consultant.sko", "ru");
        phone.get("/families/1?purpose=entitlement-check");
        phone.script("document.querySelectorAll('details').forEach(d => d.open = true)");
        phone.shot("card-390");
        int screen = ((Number) phone.script("return window.innerWidth")).intValue();
        assertThat(((Number) phone.script("return document.documentElement.scrollWidth")).intValue())
                .as("the card's width at 390 px").isLessThanOrEqualTo(screen);
        phone.get("/");
        assertThat(((Number) phone.script("return document.documentElement.scrollWidth")).intValue())
                .as("the home's width at 390 px").isLessThanOrEqualTo(screen);
        phone.shot("home-390");
    }

    /** The page's text, without what is marked as not to be translated (titles of cited sources, technical ids). */
    private static final String VISIBLE_TEXT = """
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const n = walker.currentNode;
              if (!n.parentElement.closest('[translate="no"], script, style')) out.push(n.textContent);
            }
            return out.join(' ');""";

    /** Words of Latin letters that read the same in every language (abbreviations). */
    private static final List<String> SAME_IN_EVERY_LANGUAGE = List.of("SMS", "XLSX");

    @Test
    void every_page_in_kazakh_and_russian_is_in_words_of_that_language() throws Exception {
        PublishedRun.of(owner);
        TestFamilies.Family sko = bereaved("KZ-59", "KZ-59-01", "homes-scan-sko");
        TestFamilies.Family astana = bereaved("KZ-71", "KZ-71-01", "homes-scan-astana");
        long caseId = jdbc.sql("select id from support_case where family_id = :f").param("f", astana.id())
                .query(Long.class).single();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("consultant.sko", List.of("/", "/families/1?purpose=entitlement-check",
                "/families/8?purpose=entitlement-check", "/families/" + sko.id() + "?purpose=entitlement-check",
                "/proactive", "/recompute/distribution", "/sources", "/no-such-page"));
        pages.put("assistant.sko", List.of("/", "/families/3?purpose=entitlement-check",
                "/families/6?purpose=entitlement-check"));
        pages.put("consultant.turkestan", List.of("/families/2?purpose=entitlement-check",
                "/families/5?purpose=entitlement-check"));
        pages.put("specialist.astana", List.of("/", "/worklist", "/cases/" + caseId,
                "/families/4?purpose=hard-life-situation", "/families/7?purpose=entitlement-check",
                "/families/9?purpose=entitlement-check"));
        pages.put("analyst", List.of("/", "/recompute/runs", "/recompute/distribution"));
        pages.put("operator", List.of("/", "/recompute/runs", "/proactive"));
        pages.put("admin", List.of("/", "/admin/audit", "/admin/sign-in-locks"));
        pages.put("inspector.sko", List.of("/"));
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("kk", "ru")) {
            for (var user : pages.entrySet()) {
                chromium.signIn(user.getKey(), lang);
                for (String page : user.getValue()) {
                    chromium.get(page);
                    String text = (String) chromium.script(VISIBLE_TEXT);
                    for (String word : Untranslated.in(text, SAME_IN_EVERY_LANGUAGE)) {
                        problems.add(lang + " " + user.getKey() + " " + page + ": " + word);
                    }
                }
            }
        }
        assertThat(problems).as("untranslated keys, codes or English words on kk and ru pages").isEmpty();
    }
}
