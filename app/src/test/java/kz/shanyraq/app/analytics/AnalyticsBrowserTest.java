package kz.shanyraq.app.analytics;

import kz.shanyraq.app.Browser;
import kz.shanyraq.app.Chromium;
import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.recompute.PublishedRun;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst in a real browser (Debian's headless Chromium), in Russian and Kazakh: the dashboard with its ECharts
 * charts, the tables under them and the Leaflet map of the 20 regions (click-through to a region's dashboard); a
 * reform entered in the form and its result page. Screenshots in {@code target/screenshots/analytics-*.png}.
 */
class AnalyticsBrowserTest extends ServerTest {

    @Browser(screenshots = "analytics", width = 1366, height = 1400)
    static Chromium chromium;
    @Browser
    static WebDriver browser;

    @Autowired
    @kz.shanyraq.app.database.RegistryOwner
    DataSource owner;

    @Autowired
    MonthlyCapture capture;

    @Test
    void the_dashboard_draws_its_charts_and_the_map_of_the_regions_in_russian_and_kazakh() throws IOException {
        PublishedRun.of(owner);
        capture.captureAll();
        for (String lang : new String[]{"ru", "kk"}) {
            chromium.signIn("analyst", lang);
            browser.get(chromium.url("/analytics"));
            wait(ExpectedConditions.attributeToBe(By.id("map"), "data-ready", "true"));
            assertThat(browser.findElements(By.cssSelector("#chart-measures svg"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#chart-categories svg"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#map path[data-region]"))).hasSizeGreaterThanOrEqualTo(20);
            assertThat(browser.findElement(By.id("map-legend")).isDisplayed()).isTrue();
            assertThat(browser.findElements(By.cssSelector("#table-measures tbody tr"))).isNotEmpty();
            assertThat(browser.findElement(By.id("headline")).getText())
                    .contains(lang.equals("kk") ? "Отбасылар" : "Семьи");
            chromium.shot("dashboard-" + lang);
        }
        // A region on the map opens the region's dashboard.
        WebElement north = browser.findElement(By.cssSelector("#map path[data-region='KZ-59']"));
        WebElement page = browser.findElement(By.tagName("html"));
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(north).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.getCurrentUrl()).contains("region=KZ-59");
        assertThat(new Select(browser.findElement(By.id("region"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("KZ-59");
        chromium.shot("region-kk");
    }

    @Test
    void a_reform_entered_in_the_form_gives_its_result_page_in_russian_and_kazakh() throws IOException {
        for (String lang : new String[]{"ru", "kk"}) {
            chromium.signIn("analyst", lang);
            browser.get(chromium.url("/analytics/simulations"));
            browser.findElement(By.id("title")).sendKeys("multi-child +10 % " + lang);
            new Select(browser.findElement(By.id("parameter"))).selectByValue("multichild-allowance.coefficient");
            chromium.setDate("from", LocalDate.of(2026, 1, 1));
            browser.findElement(By.id("percent")).sendKeys("10");
            chromium.submit(By.id("run"));
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
            chromium.shot("simulation-" + lang);
        }
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(condition);
    }

}
