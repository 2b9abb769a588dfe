package kz.shanyraq.app.employment;

import kz.shanyraq.app.Browser;
import kz.shanyraq.app.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job seeker through the career centre in a real browser (Debian's headless Chromium), as the Sayram consultant:
 * registered → checks in → no suitable work in 10 working days → unemployed → matched to a welder's vacancy →
 * referred → the employer hires → registration closed «employed». Screenshots in
 * {@code target/screenshots/employment-*.png}.
 */
class EmploymentBrowserTest extends EmploymentTestSupport {

    @Browser(screenshots = "employment", width = 1366, height = 1400)
    static Chromium chromium;
    @Browser
    static WebDriver browser;

    @Test
    void registered_no_work_in_10_working_days_unemployed_matched_referred_employed() throws IOException {
        String iin = person(today().minusYears(34), 'M', "urban");
        long vacancy = vacancy("7212", "Электрогазосварщик 5 разряда", "KZ-61-01", 280_000);
        LocalDate on = workingDaysAgo(12);

        chromium.signIn("consultant.turkestan", "ru");
        browser.get(chromium.url("/employment"));
        browser.findElement(By.id("emp-iin")).sendKeys(iin);
        chromium.setDate("emp-registered-on", on);
        browser.findElement(By.id("emp-occupation")).sendKeys("7212");
        browser.findElement(By.id("emp-skills")).sendKeys("сварка, монтаж металлоконструкций");
        chromium.submit(By.id("emp-register-submit"));
        assertThat(standing()).isEqualTo("job-seeker");
        String file = browser.getCurrentUrl();
        chromium.shot("1-registered");

        for (int n : new int[]{3, 6, 9}) {
            chromium.setDate("emp-check-in-on", DAYS.after(on, n));
            chromium.submit(By.id("emp-check-in"));
            assertThat(browser.findElements(By.id("emp-error"))).isEmpty();
        }

        LocalDate decision = DAYS.after(on, 10).plusDays(1);
        browser.get(chromium.url("/employment"));
        chromium.setDate("emp-day-on", decision);
        chromium.submit(By.id("emp-day-run"));
        assertThat(browser.findElement(By.id("emp-day-done")).getText()).isNotBlank();
        browser.get(file);
        assertThat(standing()).isEqualTo("unemployed");
        assertThat(browser.findElement(By.id("emp-unemployed-on")).getText())
                .isEqualTo(String.format("%02d.%02d.%d", decision.getDayOfMonth(), decision.getMonthValue(),
                        decision.getYear()));
        WebElement match = browser.findElement(By.cssSelector("#emp-matches tr[data-vacancy='" + vacancy + "']"));
        assertThat(match.getText()).contains("Электрогазосварщик").contains("тот же район");
        assertThat(match.findElements(By.cssSelector("[data-why='same-district']"))).hasSize(1);
        chromium.shot("2-unemployed-matched");

        chromium.submit(match.findElement(By.cssSelector("button.emp-refer")));
        WebElement referral = browser.findElement(By.cssSelector("#emp-referrals tr"));
        new Select(referral.findElement(By.cssSelector("select.emp-answer"))).selectByValue("hired");
        chromium.submit(referral.findElement(By.cssSelector("button.emp-answer-submit")));

        assertThat(standing()).isEqualTo("closed");
        assertThat(browser.findElement(By.id("emp-closed")).getAttribute("data-reason")).isEqualTo("employed");
        assertThat(vacancies.get(vacancy).status()).isEqualTo("filled");
        chromium.shot("3-employed");
    }

    private String standing() {
        return browser.findElement(By.id("emp-standing")).getAttribute("data-standing");
    }

}
