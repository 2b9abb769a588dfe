package kz.shanyraq.app;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

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
 * Debian's headless Chromium driven by Selenium, shared by every browser test: one browser per test class, the
 * demo sign-in, clicks that wait for the next page (the machine may be slow), dates typed into date inputs and
 * screenshots in {@code target/screenshots/<prefix>-<name>.png}. A test class declares its browsers as
 * {@link Browser} fields; {@link ChromiumExtension} opens, points and closes them.
 */
public final class Chromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The demo users' password (see the demo profile). */
    public static final String DEMO_PASSWORD = "shanyraq-demo";

    private final WebDriver driver;
    private final String prefix;
    private String base = "http://localhost:8080";

    private Chromium(WebDriver driver, String prefix) {
        this.driver = driver;
        this.prefix = prefix;
    }

    /** Starts the browser, or skips the test class when Chromium is not installed. */
    public static Chromium open(String screenshotPrefix, int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(BINARY), "Browser test skipped: " + BINARY
                + " is absent (install Debian's packages: apt-get install -y chromium chromium-driver)");
        assertThat(DRIVER).as("chromium-driver must be installed with chromium").isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--lang=ru",
                "--user-data-dir=" + Files.createTempDirectory("shanyraq-chromium"));
        // The driver is given explicitly, so Selenium Manager has nothing to look up or download.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        Files.createDirectories(SCREENSHOTS);
        return new Chromium(new ChromeDriver(service, options), screenshotPrefix);
    }

    public static void close(Chromium chromium) {
        if (chromium != null) {
            chromium.driver.quit();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The server under test; call it before each test (the port is known only to the test instance). */
    public void serving(int port) {
        this.base = "http://localhost:" + port;
    }

    public String url(String path) {
        return base + path;
    }

    public void get(String path) {
        driver.get(url(path));
    }

    /** Signs in as a demo user with the page language given ({@code ru}, {@code kk} or {@code en}). */
    public void signIn(String user, String lang) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=" + lang));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        submit(By.cssSelector("form button[type=submit]"));
    }

    /** Clicks and waits until the next page has replaced this one. */
    public void submit(By by) {
        submit(driver.findElement(by));
    }

    public void submit(WebElement button) {
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        waitUntil(d -> isGone(page));
    }

    /**
     * Whether a page's element has been replaced. Chromium sometimes reports a replaced node as "does not belong to
     * the document" instead of a stale reference; both mean the next page is there.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition);
    }

    /** Sets a date input found by id (or else by name) without the locale-dependent typing of a date picker. */
    public void setDate(String idOrName, LocalDate day) {
        WebElement input = driver.findElements(By.id(idOrName)).isEmpty()
                ? driver.findElement(By.name(idOrName)) : driver.findElement(By.id(idOrName));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input, day.toString());
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public void shot(String name) throws IOException {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        String fileName = prefix.isEmpty() ? name : prefix + "-" + name;
        Files.copy(file.toPath(), SCREENSHOTS.resolve(fileName + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
