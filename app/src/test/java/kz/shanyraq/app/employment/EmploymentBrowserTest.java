package kz.shanyraq.app.employment;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A job seeker through the career centre in a real browser (Debian's headless Chromium), as the Sayram consultant:
 * registered → checks in → no suitable work in 10 working days → unemployed → matched to a welder's vacancy →
 * referred → the employer hires → registration closed «employed». Screenshots in
 * {@code target/screenshots/employment-*.png}.
 */
class EmploymentBrowserTest extends EmploymentTestSupport {

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
    void registered_no_work_in_10_working_days_unemployed_matched_referred_employed() throws IOException {
        String iin = person(today().minusYears(34), 'M', "urban");
        long vacancy = vacancy("7212", "Электрогазосварщик 5 разряда", "KZ-61-01", 280_000);
        LocalDate on = workingDaysAgo(12);

        signIn("consultant.turkestan", "ru");
        browser.get(url("/employment"));
        browser.findElement(By.id("emp-iin")).sendKeys(iin);
        setDate("emp-registered-on", on);
        browser.findElement(By.id("emp-occupation")).sendKeys("7212");
        browser.findElement(By.id("emp-skills")).sendKeys("сварка, монтаж металлоконструкций");
        submit(By.id("emp-register-submit"));
        assertThat(standing()).isEqualTo("job-seeker");
        String file = browser.getCurrentUrl();
        shot("1-registered");

        for (int n : new int[]{3, 6, 9}) {
            setDate("emp-check-in-on", DAYS.after(on, n));
            submit(By.id("emp-check-in"));
            assertThat(browser.findElements(By.id("emp-error"))).isEmpty();
        }

        LocalDate decision = DAYS.after(on, 10).plusDays(1);
        browser.get(url("/employment"));
        setDate("emp-day-on", decision);
        submit(By.id("emp-day-run"));
        assertThat(browser.findElement(By.id("emp-day-done")).getText()).isNotBlank();
        browser.get(file);
        assertThat(standing()).isEqualTo("unemployed");
        assertThat(browser.findElement(By.id("emp-unemployed-on")).getText())
                .isEqualTo(String.format("%02d.%02d.%d", decision.getDayOfMonth(), decision.getMonthValue(),
                        decision.getYear()));
        WebElement match = browser.findElement(By.cssSelector("#emp-matches tr[data-vacancy='" + vacancy + "']"));
        assertThat(match.getText()).contains("Электрогазосварщик").contains("тот же район");
        assertThat(match.findElements(By.cssSelector("[data-why='same-district']"))).hasSize(1);
        shot("2-unemployed-matched");

        submit(match.findElement(By.cssSelector("button.emp-refer")));
        WebElement referral = browser.findElement(By.cssSelector("#emp-referrals tr"));
        new Select(referral.findElement(By.cssSelector("select.emp-answer"))).selectByValue("hired");
        submit(referral.findElement(By.cssSelector("button.emp-answer-submit")));

        assertThat(standing()).isEqualTo("closed");
        assertThat(browser.findElement(By.id("emp-closed")).getAttribute("data-reason")).isEqualTo("employed");
        assertThat(vacancies.get(vacancy).status()).isEqualTo("filled");
        shot("3-employed");
    }

    private String standing() {
        return browser.findElement(By.id("emp-standing")).getAttribute("data-standing");
    }

    private void signIn(String user, String lang) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login?lang=" + lang));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("shanyraq-demo");
        submit(By.cssSelector("form button[type=submit]"));
    }

    private void submit(By by) {
        submit(browser.findElement(by));
    }

    private void submit(WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
    }

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), day.toString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void shot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SCREENSHOTS.resolve("employment-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
