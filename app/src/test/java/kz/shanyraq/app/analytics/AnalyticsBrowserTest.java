package kz.shanyraq.app.analytics;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.recompute.PublishedRun;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import javax.sql.DataSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The analyst in a real browser (Debian's headless Chromium), in Russian and Kazakh: the dashboard with its ECharts
 * charts, the tables under them and the Leaflet map of the 20 regions (click-through to a region's dashboard); a
 * reform entered in the form and its result page. Screenshots in {@code target/screenshots/analytics-*.png}.
 */
class AnalyticsBrowserTest extends ServerTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    @kz.shanyraq.app.database.RegistryOwner
    DataSource owner;

    @Autowired
    MonthlyCapture capture;

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
    void the_dashboard_draws_its_charts_and_the_map_of_the_regions_in_russian_and_kazakh() throws IOException {
        PublishedRun.of(owner);
        capture.captureAll();
        for (String lang : new String[]{"ru", "kk"}) {
            signIn("analyst", lang);
            browser.get(url("/analytics"));
            wait(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
            assertThat(browser.findElements(By.cssSelector("#chart-measures svg"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#chart-categories svg"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#map path[data-region]"))).hasSizeGreaterThanOrEqualTo(20);
            assertThat(browser.findElement(By.id("map-legend")).isDisplayed()).isTrue();
            assertThat(browser.findElements(By.cssSelector("#table-measures tbody tr"))).isNotEmpty();
            assertThat(browser.findElement(By.id("headline")).getText())
                    .contains(lang.equals("kk") ? "Отбасылар" : "Семьи");
            shot("dashboard-" + lang);
        }
        // A region on the map opens the region's dashboard.
        WebElement north = browser.findElement(By.cssSelector("#map path[data-region='KZ-59']"));
        WebElement page = browser.findElement(By.tagName("html"));
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(north).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.getCurrentUrl()).contains("region=KZ-59");
        assertThat(new Select(browser.findElement(By.id("region"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("KZ-59");
        shot("region-kk");
    }

    @Test
    void a_reform_entered_in_the_form_gives_its_result_page_in_russian_and_kazakh() throws IOException {
        for (String lang : new String[]{"ru", "kk"}) {
            signIn("analyst", lang);
            browser.get(url("/analytics/simulations"));
            browser.findElement(By.id("title")).sendKeys("multi-child +10 % " + lang);
            new Select(browser.findElement(By.id("parameter"))).selectByValue("multichild-allowance.coefficient");
            setDate("from", LocalDate.of(2026, 1, 1));
            browser.findElement(By.id("percent")).sendKeys("10");
            submit(By.id("run"));
            new WebDriverWait(browser, Duration.ofMinutes(3)).until(d -> {
                d.navigate().refresh();
                return !d.findElements(By.id("table-cost")).isEmpty();
            });
            assertThat(browser.findElement(By.id("status")).getText())
                    .contains(lang.equals("kk") ? "дайын" : "готово");
            assertThat(browser.findElements(By.cssSelector("#chart-cost svg"))).isNotEmpty();
            assertThat(browser.findElement(By.id("reform-yaml")).getAttribute("textContent"))
                    .contains("multichild-allowance.coefficient");
            wait(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
            shot("simulation-" + lang);
        }
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(condition);
    }

    private void signIn(String user, String lang) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + lang));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("shanyraq-demo");
        submit(By.cssSelector("form button[type=submit]"));
    }

    private void setDate(String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    private void submit(By by) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(by).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SCREENSHOTS.resolve("analytics-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
