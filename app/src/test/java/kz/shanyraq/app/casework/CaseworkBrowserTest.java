package kz.shanyraq.app.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One family through its АСП case in a real browser (Debian's headless Chromium), by five different people, in
 * Russian and Kazakh: application → commission → decision approved by a second officer → contract with a plan →
 * a missed activity → 50 % cut → a repeated miss → termination for the adults → appeal. Screenshots in
 * {@code target/screenshots/casework-*.png}.
 */
class CaseworkBrowserTest extends CaseworkTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Browser test skipped: " + CHROMIUM + " is absent");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,1400", "--lang=ru",
                "--user-data-dir=" + Files.createTempDirectory("shanyraq-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void one_family_from_application_to_appeal() throws IOException {
        noOpenCaseOfFamily5();
        LocalDate on = applied();

        signIn("consultant.turkestan", "ru");
        browser.get(url("/casework"));
        browser.findElement(By.id("cw-iin")).sendKeys(iinOf(5001));
        setDate("cw-applied-on", on);
        browser.findElement(By.id("cw-account")).sendKeys(IBAN);
        submit(By.id("cw-register-submit"));
        assertThat(state()).isEqualTo("registered");
        assertThat(text("cw-state")).isEqualTo("зарегистрировано");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/cases/(\\d+).*", "$1"));
        shot("1-registered");

        signIn("commission.turkestan", "ru");
        browser.get(url("/casework"));
        assertThat(browser.findElements(By.cssSelector("#cw-queue tr[data-case='" + id + "'][data-task='survey']"))).hasSize(1);
        openCase(id);
        setDate("surveyedOn", on.plusDays(1));
        browser.findElement(By.id("cw-conditions")).sendKeys("Две комнаты, печное отопление, трое детей");
        submit(By.id("cw-survey-submit"));
        assertThat(state()).isEqualTo("surveyed");

        signIn("consultant.turkestan", "ru");
        openCase(id);
        submit(By.id("cw-prepare"));
        assertThat(state()).isEqualTo("decision-prepared");
        assertThat(browser.findElement(By.id("cw-open-decision")).getAttribute("data-outcome")).isEqualTo("assign");
        assertThat(browser.findElements(By.id("cw-approve"))).as("the preparer sees no approve button").isEmpty();

        signIn("officer.turkestan", "kk");
        openCase(id);
        submit(By.id("cw-approve"));
        assertThat(state()).isEqualTo("contract-pending");
        assertThat(text("cw-state")).isEqualTo("әлеуметтік келісімшартты күтуде");
        assertThat(text("cw-checked-by")).isEqualTo("officer.turkestan");
        submit(By.id("cw-document-kk"));
        assertThat(text("cw-document-title")).startsWith("Мемлекеттік атаулы әлеуметтік көмек тағайындау туралы");
        shot("2-decision-kk");
        browser.get(url("/casework/cases/" + id + "/decision-document?lang=ru"));
        assertThat(text("cw-document-title")).startsWith("РЕШЕНИЕ о назначении");

        signIn("consultant.turkestan", "ru");
        openCase(id);
        assertThat(browser.findElement(By.cssSelector("#cw-duties tr[data-member='5002']")).getText())
                .contains("не привлекается");
        setDate("concludedOn", on.plusDays(3));
        new Select(browser.findElement(By.id("cw-measure-5001"))).selectByValue("vocational-training");
        setDate("cw-due-5001", on.plusDays(20));
        new Select(browser.findElement(By.id("cw-measure-5002"))).selectByValue("screening");
        setDate("cw-due-5002", on.plusDays(25));
        submit(By.id("cw-conclude"));
        assertThat(state()).isEqualTo("under-contract");
        shot("3-contract");

        signIn("assistant.turkestan", "ru");
        openCase(id);
        submit(activityRow("vocational-training").findElement(By.cssSelector(".cw-missed")));

        signIn("consultant.turkestan", "ru");
        openCase(id);
        LocalDate first = on.plusDays(28);
        selectFirstMissed();
        setDate("cw-established-on", first);
        submit(By.id("cw-sanction-submit"));
        assertThat(browser.findElements(By.cssSelector("#cw-sanction-table tr[data-kind='first-non-fulfilment']")))
                .hasSize(1);
        assertThat(state()).isEqualTo("under-contract");
        shot("4-first-sanction");

        signIn("assistant.turkestan", "ru");
        openCase(id);
        submit(activityRow("screening").findElement(By.cssSelector(".cw-missed")));

        signIn("consultant.turkestan", "ru");
        openCase(id);
        selectFirstMissed();
        setDate("cw-established-on", YearMonth.from(first).plusMonths(2).atDay(1));
        submit(By.id("cw-sanction-submit"));
        assertThat(state()).isEqualTo("terminated");
        assertThat(browser.findElements(By.cssSelector("#cw-sanction-table tr[data-kind='repeated-non-fulfilment']")))
                .hasSize(1);

        new Select(browser.findElement(By.id("cw-appeal-subject"))).selectByValue("sanction");
        Select sanction = new Select(browser.findElement(By.id("cw-appeal-sanction")));
        sanction.selectByIndex(sanction.getOptions().size() - 1);
        browser.findElement(By.id("cw-appeal-grounds")).sendKeys("Отец был в больнице в день занятий");
        submit(By.id("cw-appeal-submit"));
        assertThat(browser.findElements(By.cssSelector("#cw-appeal-table tr[data-status='registered']"))).hasSize(1);
        shot("5-appeal");

        signIn("officer.turkestan", "kk");
        browser.get(url("/casework"));
        assertThat(browser.findElements(By.cssSelector("#cw-queue tr[data-case='" + id + "'][data-task='answer-appeal']")))
                .hasSize(1);
        openCase(id);
        browser.findElement(By.cssSelector(".cw-appeal-answer")).sendKeys("Анықтама расталды");
        submit(By.cssSelector(".cw-appeal-submit"));
        assertThat(browser.findElements(By.cssSelector("#cw-appeal-table tr[data-status='upheld']"))).hasSize(1);
        assertThat(state()).isEqualTo("under-contract");
        shot("6-appeal-upheld-kk");
    }

    private void signIn(String user, String lang) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + lang));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("shanyraq-demo");
        submit(By.cssSelector("form button[type=submit]"));
    }

    /** Clicks and waits until the next page has replaced this one (the machine may be slow). */
    private void submit(By by) {
        submit(browser.findElement(by));
    }

    private void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
    }

    private void openCase(long id) {
        browser.get(url("/casework/cases/" + id));
    }

    private String state() {
        return browser.findElement(By.id("cw-state")).getAttribute("data-state");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private WebElement activityRow(String measure) {
        return browser.findElement(By.cssSelector("#cw-plan tr[data-measure='" + measure + "']"));
    }

    private void selectFirstMissed() {
        Select activity = new Select(browser.findElement(By.id("cw-sanction-activity")));
        activity.selectByIndex(1);
    }

    private void setDate(String idOrName, LocalDate day) {
        WebElement e = browser.findElements(By.id(idOrName)).isEmpty()
                ? browser.findElement(By.name(idOrName)) : browser.findElement(By.id(idOrName));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", e,
                day.toString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SCREENSHOTS.resolve("casework-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
