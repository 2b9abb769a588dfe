package kz.shanyraq.app.web;

import kz.shanyraq.app.Browser;
import kz.shanyraq.app.Chromium;
import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A social worker in a real browser (Debian's headless Chromium): signs in, finds a family by IIN with a purpose,
 * sees its entitlements and opens an explanation. Screenshots go to {@code target/screenshots}.
 */
class BrowserTest extends ServerTest {

    @Browser(screenshots = "", width = 1366, height = 1000)
    static Chromium chromium;
    @Browser
    static WebDriver browser;

    @Test
    void aConsultantFindsAFamilyAndReadsWhyItIsEntitled() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.manage().deleteAllCookies();
        browser.get(chromium.url("/login"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Вход");
        chromium.shot("1-login");
        browser.findElement(By.id("username")).sendKeys("consultant.sko");
        browser.findElement(By.id("password")).sendKeys("shanyraq-demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("iin")));
        browser.findElement(By.id("iin")).sendKeys(iinOf(1003));
        new Select(browser.findElement(By.id("purpose"))).selectByValue("entitlement-check");
        chromium.shot("2-search");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        WebElement entitled = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".decision.entitled")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Семья № 1");
        assertThat(entitled.findElement(By.cssSelector(".measure")).getText())
                .isEqualTo("Единовременное пособие на рождение ребёнка");
        assertThat(entitled.findElement(By.cssSelector(".amount")).getText()).endsWith("₸");
        assertThat(browser.findElements(By.cssSelector("table.members tbody tr"))).hasSize(4);
        // The well-being block: the category of the reference methodology, said to be a reference.
        assertThat(browser.findElement(By.id("wellbeing")).getText()).contains("Благополучие", "Справочная методика");

        WebElement explanation = entitled.findElement(By.cssSelector("details.explanation"));
        assertThat(explanation.findElement(By.cssSelector(".explanation-body")).isDisplayed()).isFalse();
        explanation.findElement(By.tagName("summary")).click();
        WebElement body = explanation.findElement(By.cssSelector(".explanation-body"));
        wait.until(ExpectedConditions.visibilityOf(body));
        assertThat(body.getText()).contains("Норма", "Социальный кодекс", "МРП", "Округление");
        assertThat(body.findElements(By.cssSelector(".conditions li.met"))).isNotEmpty();
        chromium.shot("3-family-card-explained");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("facts-title")));
        chromium.shot("3b-facts-and-incomes");

        // The date picker (htmx): the day before the birth, the card has three members and no birth allowance.
        LocalDate born = jdbc.sql("select birth_date from person where id = 1003").query(LocalDate.class).single();
        ((JavascriptExecutor) browser).executeScript("const on = document.getElementById('on');"
                + "on.value = arguments[0]; on.dispatchEvent(new Event('change', {bubbles: true}));",
                born.minusDays(1).toString());
        wait.until(d -> d.findElements(By.cssSelector("table.members tbody tr")).size() == 3);
        assertThat(browser.getCurrentUrl()).contains("on=" + born.minusDays(1));
        assertThat(browser.findElements(By.cssSelector(".decision.entitled .measure")))
                .extracting(WebElement::getText).doesNotContain("Единовременное пособие на рождение ребёнка");
        chromium.shot("3c-before-the-birth");
        browser.navigate().back();
        wait.until(d -> d.findElements(By.cssSelector("table.members tbody tr")).size() == 4);

        // Switch to English: the same card, English labels.
        browser.findElement(By.cssSelector(".lang a[lang=en]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Family 1"));
        assertThat(browser.findElement(By.cssSelector(".decision.entitled .measure")).getText())
                .isEqualTo("One-time birth allowance");
        chromium.shot("4-family-card-en");
        browser.findElement(By.cssSelector(".lang a[lang=ru]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Семья № 1"));
    }

    @Test
    void theApiDocumentationIsBrowsableUnderTheContentSecurityPolicy() throws IOException {
        browser.get(chromium.url("/swagger-ui.html"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".swagger-ui .info .title"), "Shanyraq API"));
        assertThat(browser.findElement(By.cssSelector(".swagger-ui")).getText())
                .contains("/api/families/{id}", "/api/persons/{iin}");
        chromium.shot("6-swagger-ui");
    }

    @Test
    void aConsultantIsRefusedAFamilyOfAnotherDistrict() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.manage().deleteAllCookies();
        browser.get(chromium.url("/login"));
        browser.findElement(By.id("username")).sendKeys("consultant.sko");
        browser.findElement(By.id("password")).sendKeys("shanyraq-demo");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("iin")));
        browser.findElement(By.id("iin")).sendKeys(iinOf(2002));
        new Select(browser.findElement(By.id("purpose"))).selectByValue("case-work");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("iin-error")));
        assertThat(error.getText()).contains("вне вашей территории");
        chromium.shot("5-refused");
    }
}
