package kz.shanyraq.app.web;

import kz.shanyraq.app.Browser;
import kz.shanyraq.app.Chromium;
import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.lifeevents.TestFamilies;
import kz.shanyraq.app.proactive.SmsReplies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family-support specialist in a real browser: the worklist shows the case a death opened in her territory; the
 * family card's proactive section shows the event, the offer with its SMS in Kazakh and Russian, the reply and the
 * assignment. A consultant has no worklist.
 */
class ProactiveBrowserTest extends LifeEventTestSupport {

    @Browser(screenshots = "", width = 1366, height = 1000)
    static Chromium chromium;
    @Browser
    static WebDriver browser;

    @Autowired
    SmsReplies replies;

    @Test
    void a_specialist_finds_the_case_in_her_worklist_and_the_offer_sms_reply_and_assignment_on_the_card()
            throws Exception {
        TestFamilies.Family f = family("KZ-71", "KZ-71-01");
        send(event("browser-death", "death-registered", today().minusDays(1), f.fatherIin(), Map.of()));
        awaitProcessed("browser-death");
        awaitSmsSent();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        chromium.signIn("specialist.astana", "ru");
        browser.findElement(By.id("nav-worklist")).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='worklist']//tr[td/a[contains(@href, '/families/" + f.id() + "?')]]")));
        assertThat(row.getText()).contains("Потеря кормильца", today().plusDays(3).format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        chromium.shot("7-worklist");

        row.findElement(By.tagName("a")).click();
        WebElement section = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proactive")));
        assertThat(section.findElement(By.id("life-events")).getText()).contains("Смерть", "browser-death");
        assertThat(section.findElement(By.id("family-cases")).getText()).contains("Потеря кормильца");
        WebElement offer = section.findElement(By.xpath(".//article[contains(., 'пособие по случаю потери кормильца')]"));
        assertThat(offer.findElements(By.cssSelector("ul.sms li span[lang=kk]"))).hasSize(1);
        assertThat(offer.findElement(By.cssSelector("ul.sms li span[lang=ru]")).getText()).startsWith("Уважаемый гражданин!");
        assertThat(offer.findElement(By.cssSelector("ul.sms li")).getText()).endsWith("(отправлено)");
        assertThat(offer.findElement(By.cssSelector(".offer-status")).getText()).isEqualTo("ожидает ответа");
        chromium.shot("8-card-proactive-offer");

        // The citizen consents by SMS; the card shows the reply and the assignment.
        long offerId = Long.parseLong(offer.getAttribute("data-offer"));
        String phone = jdbc.sql("select phone from offer where id = :id").param("id", offerId).query(String.class).single();
        assertThat(replies.receive("browser-reply", phone, "иә " + offerId).outcome())
                .isEqualTo(SmsReplies.Outcome.CONSENTED);
        browser.navigate().refresh();
        WebElement answered = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article[data-offer='" + offerId + "']")));
        assertThat(answered.findElement(By.cssSelector(".offer-status")).getText()).isEqualTo("согласие получено");
        assertThat(answered.findElement(By.cssSelector("ul.sms li.in")).getText()).contains("иә " + offerId);
        assertThat(answered.findElement(By.cssSelector(".assignment")).getText()).startsWith("Назначено");
        chromium.shot("9-card-assignment");
    }

    @Test
    void a_consultant_has_no_worklist_and_an_analyst_sees_the_dashboard_without_personal_data() throws Exception {
        chromium.signIn("consultant.sko", "ru");
        assertThat(browser.findElements(By.id("nav-worklist"))).isEmpty();
        browser.get(chromium.url("/worklist"));
        assertThat(browser.findElement(By.cssSelector(".alert.error")).getText())
                .contains("специалисты центров поддержки семьи");

        chromium.signIn("analyst", "ru");
        browser.findElement(By.id("nav-proactive")).click();
        WebElement table = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard")));
        assertThat(table.getText()).contains("Отправлено SMS", "Всего");
        assertThat(browser.findElements(By.id("outbox"))).isEmpty();
        chromium.shot("10-proactive-dashboard");
    }
}
