package kz.shanyraq.app.labour;

import kz.shanyraq.app.Browser;
import kz.shanyraq.app.Chromium;
import kz.shanyraq.app.ServerTest;
import kz.shanyraq.law.labour.SectorHazard;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario in a real browser (headless Chromium), by an analyst and the inspector of North Kazakhstan:
 * an enterprise in a hazardous activity gets new wage arrears and loses its accident insurance (workers complain);
 * the next scoring run puts it in the high social-tension band; it is on the monitoring list and on the half-year's
 * preventive-control list; the inspector schedules it from the list, inspects it with the checklist (two violations,
 * a fine in МРП, a prescription); the employer pays and insures; the prescription is executed; the next run takes it
 * out of the high band and the list counts it checked. Screenshots in {@code target/screenshots/inspection-*.png}.
 */
class InspectionBrowserTest extends ServerTest {

    @Browser(screenshots = "inspection", width = 1366, height = 1400)
    static Chromium chromium;
    @Browser
    static WebDriver browser;

    /**
     * An enterprise of the region in a hazardous activity (class 3 or more), active on the half-year's first day, not
     * in the high social-tension band of the published run (the quietest first), with no arrears, insolvency,
     * conflict, accident or open inspection on record.
     */
    String quietHazardousEnterprise(LocalDate formedOn) {
        List<String[]> candidates = jdbc.sql("""
                        select e.bin, e.oked from enterprise e
                        join labour_score s on s.bin = e.bin
                        join labour_scoring_run r on r.id = s.run_id and r.status = 'published'
                        where e.region_code = 'KZ-59' and e.liquidated_on is null and e.registered_on < :formed
                          and s.bands[1] < 2
                          and not exists (select 1 from wage_arrears_report w where w.bin = e.bin)
                          and not exists (select 1 from enterprise_insolvency i where i.bin = e.bin)
                          and not exists (select 1 from labour_inspection i where i.bin = e.bin and i.status <> 'finished')
                          and not exists (select 1 from labour_conflict c where c.bin = e.bin)
                          and not exists (select 1 from workplace_accident a where a.bin = e.bin)
                        order by s.totals[1], e.bin desc""")
                .param("formed", formedOn)
                .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2)}).list();
        return candidates.stream().filter(c -> SectorHazard.reference().classOf(c[1]) >= 3).findFirst()
                .map(c -> c[0]).orElseThrow(() -> new AssertionError("no quiet hazardous enterprise in KZ-59 among "
                        + candidates.stream().map(c -> c[1]).toList()));
    }

    @Test
    void new_arrears_and_no_insurance_to_the_high_band_the_lists_an_inspection_an_executed_prescription_and_out_of_the_high_band()
            throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        LocalDate formedOn = today.withMonth(today.getMonthValue() <= 6 ? 1 : 7).withDayOfMonth(1);
        String half = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        String bin = quietHazardousEnterprise(formedOn);

        // The facts arrive: the insurance contract is gone, wages unpaid since last month, six workers complain.
        jdbc.sql("delete from accident_insurance_contract where bin = :b").param("b", bin).update();
        jdbc.sql("""
                        insert into wage_arrears_report (bin, as_of, amount, workers, oldest_unpaid_month)
                        values (:b, :on, 3200000, 14, :month)""")
                .param("b", bin).param("on", formedOn.minusDays(5)).param("month", formedOn.minusMonths(1)).update();
        for (int i = 1; i <= 6; i++) {
            jdbc.sql("insert into worker_complaint (complaint_ref, bin, received_on, topic) values (:r, :b, :on, 'wages')")
                    .param("r", "BT-" + bin + "-" + i).param("b", bin).param("on", formedOn.minusDays(20)).update();
        }

        // The next scoring run (analyst) puts it in the high band.
        chromium.signIn("analyst", "ru");
        chromium.get("/labour");
        chromium.setDate("on", formedOn);
        chromium.submit(By.id("start-run"));

        chromium.signIn("inspector.sko", "ru");
        chromium.get("/labour/monitoring");
        assertThat(browser.findElements(By.cssSelector("#monitoring tr[data-bin='" + bin + "']"))).hasSize(1);
        chromium.get("/labour/enterprises/" + bin + "?on=" + formedOn);
        assertThat(browser.findElements(By.cssSelector("[data-score='social-tension'][data-band='high']"))).hasSize(1);
        chromium.shot("1-high-band");

        // On the half-year's preventive-control list; scheduled from it.
        chromium.get("/labour/preventive-control?half=" + half);
        WebElement row = browser.findElement(By.cssSelector("#pc-list tr[data-bin='" + bin + "']"));
        assertThat(row.getAttribute("data-checked")).isEqualTo("false");
        chromium.shot("2-preventive-control-list");
        chromium.submit(row.findElement(By.cssSelector("button.schedule")));
        assertThat(browser.findElement(By.id("inspection-status")).getAttribute("data-status")).isEqualTo("planned");
        String ref = browser.findElement(By.id("inspection-ref")).getText();

        chromium.get("/labour/work-list");
        assertThat(browser.findElements(By.cssSelector("#wl-inspections tr[data-ref='" + ref + "']"))).hasSize(1);
        chromium.get("/labour/inspections/" + ref);

        // Inspected with the checklist (in Kazakh): wages late (gross, 20 МРП) and no ОСНС contract; a prescription.
        chromium.signIn("inspector.sko", "kk");
        chromium.get("/labour/inspections/" + ref);
        chromium.submit(By.id("start-submit"));
        assertThat(browser.findElement(By.id("inspection-status")).getAttribute("data-status")).isEqualTo("open");
        new Select(browser.findElement(By.id("c-wages-on-time"))).selectByValue("no");
        browser.findElement(By.id("fine-wages-on-time")).sendKeys("20");
        new Select(browser.findElement(By.id("c-accident-insurance"))).selectByValue("no");
        new Select(browser.findElement(By.id("c-contracts-in-esutd"))).selectByValue("yes");
        chromium.submit(By.id("checklist-submit"));
        assertThat(browser.findElements(By.id("form-error"))).as("no deadline given: refused").hasSize(1);
        assertThat(browser.findElement(By.id("form-error")).getAttribute("data-field")).isEqualTo("prescriptionDeadline");
        assertThat(browser.findElement(By.id("inspection-status")).getAttribute("data-status")).isEqualTo("open");
        new Select(browser.findElement(By.id("c-wages-on-time"))).selectByValue("no");
        browser.findElement(By.id("fine-wages-on-time")).sendKeys("20");
        new Select(browser.findElement(By.id("c-accident-insurance"))).selectByValue("no");
        chromium.setDate("prescription-deadline", today.plusDays(15));
        chromium.submit(By.id("checklist-submit"));
        assertThat(browser.findElement(By.id("inspection-status")).getAttribute("data-status")).isEqualTo("finished");
        assertThat(browser.findElements(By.cssSelector("#violations tr[data-severity='gross']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#violations tr[data-severity='significant']"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#violations tr[data-severity='gross'] .fine-kzt")).getText()).isNotBlank();
        WebElement prescription = browser.findElement(By.cssSelector("#prescriptions tbody tr"));
        assertThat(prescription.getAttribute("data-state")).isEqualTo("open");
        chromium.shot("3-inspected");

        // The employer pays and insures; the prescription is executed.
        jdbc.sql("insert into accident_insurance_contract (contract_ref, bin, valid_from) values (:r, :b, :on)")
                .param("r", "BT-OSNS-" + bin).param("b", bin).param("on", today).update();
        jdbc.sql("""
                        insert into wage_arrears_report (bin, as_of, amount, workers, oldest_unpaid_month, recovered)
                        values (:b, :on, 0, 0, null, 3200000) on conflict (bin, as_of) do update set amount = 0, workers = 0,
                        oldest_unpaid_month = null, recovered = 3200000""")
                .param("b", bin).param("on", today).update();
        chromium.submit(browser.findElement(By.cssSelector("#prescriptions tr button.execute")));
        assertThat(browser.findElement(By.cssSelector("#prescriptions tbody tr")).getAttribute("data-state")).isEqualTo("executed");
        assertThat(browser.findElements(By.cssSelector("#violations tr[data-fixed='true']"))).hasSize(2);
        chromium.shot("4-executed");

        // The next run takes it out of the high band; the list counts it checked.
        chromium.signIn("analyst", "en");
        chromium.get("/labour");
        chromium.setDate("on", today);
        chromium.submit(By.id("start-run"));
        chromium.signIn("inspector.sko", "en");
        chromium.get("/labour/enterprises/" + bin + "?on=" + today);
        assertThat(browser.findElement(By.cssSelector("[data-score='social-tension']")).getAttribute("data-band")).isNotEqualTo("high");
        chromium.get("/labour/monitoring");
        assertThat(browser.findElements(By.cssSelector("tr[data-bin='" + bin + "']"))).isEmpty();
        chromium.get("/labour/preventive-control?half=" + half);
        assertThat(browser.findElement(By.cssSelector("#pc-list tr[data-bin='" + bin + "']")).getAttribute("data-checked"))
                .isEqualTo("true");
        chromium.shot("5-checked-and-out-of-the-high-band");
        assertThat(jdbc.sql("""
                        select kind from labour_score_transition t
                        where t.bin = :b and t.score = 'social-tension' order by t.run_id desc limit 2""")
                .param("b", bin).query(String.class).list()).containsExactly("left-high", "entered-high");
    }
}
