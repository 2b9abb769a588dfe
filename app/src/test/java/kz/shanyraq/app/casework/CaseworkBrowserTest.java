package kz.shanyraq.app.casework;

import kz.shanyraq.app.Browser;
import kz.shanyraq.app.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One family through its АСП case in a real browser (Debian's headless Chromium), by five different people, in
 * Russian and Kazakh: application → commission → decision approved by a second officer → contract with a plan →
 * a missed activity → 50 % cut → a repeated miss → termination for the adults → appeal. Screenshots in
 * {@code target/screenshots/casework-*.png}.
 */
class CaseworkBrowserTest extends CaseworkTestSupport {

    @Browser(screenshots = "casework", width = 1366, height = 1400)
    static Chromium chromium;
    @Browser
    static WebDriver browser;

    @Test
    void one_family_from_application_to_appeal() throws IOException {
        noOpenCaseOfFamily5();
        LocalDate on = applied();

        chromium.signIn("consultant.turkestan", "ru");
        browser.get(chromium.url("/casework"));
        browser.findElement(By.id("cw-iin")).sendKeys(iinOf(5001));
        chromium.setDate("cw-applied-on", on);
        browser.findElement(By.id("cw-account")).sendKeys(IBAN);
        chromium.submit(By.id("cw-register-submit"));
        assertThat(state()).isEqualTo("registered");
        assertThat(text("cw-state")).isEqualTo("зарегистрировано");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/cases/(\\d+).*", "$1"));
        chromium.shot("1-registered");

        chromium.signIn("commission.turkestan", "ru");
        browser.get(chromium.url("/casework"));
        assertThat(browser.findElements(By.cssSelector("#cw-queue tr[data-case='" + id + "'][data-task='survey']"))).hasSize(1);
        openCase(id);
        chromium.setDate("surveyedOn", on.plusDays(1));
        browser.findElement(By.id("cw-conditions")).sendKeys("Две комнаты, печное отопление, трое детей");
        chromium.submit(By.id("cw-survey-submit"));
        assertThat(state()).isEqualTo("surveyed");

        chromium.signIn("consultant.turkestan", "ru");
        openCase(id);
        chromium.submit(By.id("cw-prepare"));
        assertThat(state()).isEqualTo("decision-prepared");
        assertThat(browser.findElement(By.id("cw-open-decision")).getAttribute("data-outcome")).isEqualTo("assign");
        assertThat(browser.findElements(By.id("cw-approve"))).as("the preparer sees no approve button").isEmpty();

        chromium.signIn("officer.turkestan", "kk");
        openCase(id);
        chromium.submit(By.id("cw-approve"));
        assertThat(state()).isEqualTo("contract-pending");
        assertThat(text("cw-state")).isEqualTo("әлеуметтік келісімшартты күтуде");
        assertThat(text("cw-checked-by")).isEqualTo("officer.turkestan");
        chromium.submit(By.id("cw-document-kk"));
        assertThat(text("cw-document-title")).startsWith("Мемлекеттік атаулы әлеуметтік көмек тағайындау туралы");
        chromium.shot("2-decision-kk");
        browser.get(chromium.url("/casework/cases/" + id + "/decision-document?lang=ru"));
        assertThat(text("cw-document-title")).startsWith("РЕШЕНИЕ о назначении");

        chromium.signIn("consultant.turkestan", "ru");
        openCase(id);
        assertThat(browser.findElement(By.cssSelector("#cw-duties tr[data-member='5002']")).getText())
                .contains("не привлекается");
        chromium.setDate("concludedOn", on.plusDays(3));
        new Select(browser.findElement(By.id("cw-measure-5001"))).selectByValue("vocational-training");
        chromium.setDate("cw-due-5001", on.plusDays(20));
        new Select(browser.findElement(By.id("cw-measure-5002"))).selectByValue("screening");
        chromium.setDate("cw-due-5002", on.plusDays(25));
        chromium.submit(By.id("cw-conclude"));
        assertThat(state()).isEqualTo("under-contract");
        chromium.shot("3-contract");

        chromium.signIn("assistant.turkestan", "ru");
        openCase(id);
        chromium.submit(activityRow("vocational-training").findElement(By.cssSelector(".cw-missed")));

        chromium.signIn("consultant.turkestan", "ru");
        openCase(id);
        LocalDate first = on.plusDays(28);
        selectFirstMissed();
        chromium.setDate("cw-established-on", first);
        chromium.submit(By.id("cw-sanction-submit"));
        assertThat(browser.findElements(By.cssSelector("#cw-sanction-table tr[data-kind='first-non-fulfilment']")))
                .hasSize(1);
        assertThat(state()).isEqualTo("under-contract");
        chromium.shot("4-first-sanction");

        chromium.signIn("assistant.turkestan", "ru");
        openCase(id);
        chromium.submit(activityRow("screening").findElement(By.cssSelector(".cw-missed")));

        chromium.signIn("consultant.turkestan", "ru");
        openCase(id);
        selectFirstMissed();
        chromium.setDate("cw-established-on", YearMonth.from(first).plusMonths(2).atDay(1));
        chromium.submit(By.id("cw-sanction-submit"));
        assertThat(state()).isEqualTo("terminated");
        assertThat(browser.findElements(By.cssSelector("#cw-sanction-table tr[data-kind='repeated-non-fulfilment']")))
                .hasSize(1);

        new Select(browser.findElement(By.id("cw-appeal-subject"))).selectByValue("sanction");
        Select sanction = new Select(browser.findElement(By.id("cw-appeal-sanction")));
        sanction.selectByIndex(sanction.getOptions().size() - 1);
        browser.findElement(By.id("cw-appeal-grounds")).sendKeys("Отец был в больнице в день занятий");
        chromium.submit(By.id("cw-appeal-submit"));
        assertThat(browser.findElements(By.cssSelector("#cw-appeal-table tr[data-status='registered']"))).hasSize(1);
        chromium.shot("5-appeal");

        chromium.signIn("officer.turkestan", "kk");
        browser.get(chromium.url("/casework"));
        assertThat(browser.findElements(By.cssSelector("#cw-queue tr[data-case='" + id + "'][data-task='answer-appeal']")))
                .hasSize(1);
        openCase(id);
        browser.findElement(By.cssSelector(".cw-appeal-answer")).sendKeys("Анықтама расталды");
        chromium.submit(By.cssSelector(".cw-appeal-submit"));
        assertThat(browser.findElements(By.cssSelector("#cw-appeal-table tr[data-status='upheld']"))).hasSize(1);
        assertThat(state()).isEqualTo("under-contract");
        chromium.shot("6-appeal-upheld-kk");
    }

    private void openCase(long id) {
        browser.get(chromium.url("/casework/cases/" + id));
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

}
