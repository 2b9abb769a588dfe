package kz.shanyraq.app.labour;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.law.labour.LabourFines;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspectors' side on the demo server: an unscheduled inspection with its checklist, the violations graded by the
 * checklist, the fine in МРП and in tenge at the violation day's МРП, the prescription and its execution; a refused
 * result writes nothing; the work list shows an overdue prescription; arrears, conflicts reconciled by source, and
 * the analysts' aggregates with small cells hidden; the operational reports are the same file twice.
 */
class InspectionsTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    kz.shanyraq.app.security.AppUsers users;

    String quietEnterpriseIn(String region, int skip) {
        return jdbc.sql("""
                        select e.bin from enterprise e where e.region_code = :r and e.liquidated_on is null
                          and not exists (select 1 from wage_arrears_report w where w.bin = e.bin)
                          and not exists (select 1 from labour_inspection i where i.bin = e.bin and i.status <> 'finished')
                        order by e.bin offset :skip limit 1""")
                .param("r", region).param("skip", skip).query(String.class).single();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void an_inspection_on_a_complaint_finds_a_gross_violation_fines_it_in_MRP_of_the_day_and_its_prescription_once_executed_fixes_it() throws Exception {
        String bin = quietEnterpriseIn("KZ-59", 1);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        String opened = mvc.perform(post("/api/labour/inspections").contentType("application/json")
                        .content("{\"bin\":\"" + bin + "\",\"kind\":\"unscheduled\",\"reason\":\"complaint\",\"on\":\"" + today + "\"}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inspection.status").value("open"))
                .andReturn().getResponse().getContentAsString();
        String ref = opened.replaceAll("(?s).*?\"ref\":\"([^\"]+)\".*", "$1");

        mvc.perform(post("/api/labour/inspections/" + ref + "/result").contentType("application/json")
                        .content("{\"finishedOn\":\"" + today + "\",\"prescriptionDeadline\":\"" + today.plusDays(20) + "\","
                                + "\"answers\":[{\"item\":\"wages-on-time\",\"compliant\":false,\"fineMrp\":10},"
                                + "{\"item\":\"annual-leave\",\"compliant\":false},{\"item\":\"safety-briefings\",\"compliant\":true}]}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inspection.status").value("finished"))
                .andExpect(jsonPath("$.checklist.length()").value(3))
                .andExpect(jsonPath("$.violations[0].severity").value("gross"))
                .andExpect(jsonPath("$.violations[1].severity").value("minor"))
                .andExpect(jsonPath("$.prescriptions[0].state").value("open"));
        BigDecimal kzt = jdbc.sql("select fine_kzt from labour_violation where inspection_ref = :r and item = 1")
                .param("r", ref).query(BigDecimal.class).single();
        assertThat(kzt).isEqualByComparingTo(LabourFines.standard().fine(BigDecimal.TEN, today).tenge());

        String prescription = jdbc.sql("select prescription_ref from labour_prescription where inspection_ref = :r")
                .param("r", ref).query(String.class).single();
        mvc.perform(post("/api/labour/prescriptions/" + prescription + "/execution").contentType("application/json")
                        .content("{\"executedOn\":\"" + today + "\"}").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("executed"));
        assertThat(jdbc.sql("select count(*) from labour_violation where inspection_ref = :r and fixed_on is not null")
                .param("r", ref).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_result_with_one_wrong_answer_is_refused_naming_the_field_and_writes_nothing() throws Exception {
        String bin = quietEnterpriseIn("KZ-59", 2);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        String opened = mvc.perform(post("/api/labour/inspections").contentType("application/json")
                        .content("{\"bin\":\"" + bin + "\",\"kind\":\"unscheduled\",\"reason\":\"complaint\",\"on\":\"" + today + "\"}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String ref = opened.replaceAll("(?s).*?\"ref\":\"([^\"]+)\".*", "$1");
        long violations = count("labour_violation");
        long answers = count("labour_checklist_answer");
        long prescriptions = count("labour_prescription");
        mvc.perform(post("/api/labour/inspections/" + ref + "/result").contentType("application/json")
                        .content("{\"finishedOn\":\"" + today + "\",\"prescriptionDeadline\":\"" + today.plusDays(20) + "\","
                                + "\"answers\":[{\"item\":\"wages-on-time\",\"compliant\":false},{\"item\":\"no-such-item\",\"compliant\":false}]}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-answers[1].item"));
        mvc.perform(post("/api/labour/inspections/" + ref + "/result").contentType("application/json")
                        .content("{\"finishedOn\":\"" + today + "\",\"answers\":[{\"item\":\"wages-on-time\",\"compliant\":false}]}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-prescriptionDeadline"));
        mvc.perform(post("/api/labour/inspections").contentType("application/json")
                        .content("{\"bin\":\"" + bin + "\",\"kind\":\"unscheduled\",\"reason\":\"strike\",\"on\":\"" + today + "\"}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-reason"));
        assertThat(count("labour_violation")).isEqualTo(violations);
        assertThat(count("labour_checklist_answer")).isEqualTo(answers);
        assertThat(count("labour_prescription")).isEqualTo(prescriptions);
        assertThat(jdbc.sql("select status from labour_inspection where inspection_ref = :r").param("r", ref)
                .query(String.class).single()).isEqualTo("open");
    }

    @Test
    void an_inspection_elsewhere_or_by_an_analyst_is_refused_and_the_refusal_is_logged() throws Exception {
        String elsewhere = quietEnterpriseIn("KZ-75", 0);
        long denied = jdbc.sql("select count(*) from labour_access_log where outcome = 'denied'").query(Long.class).single();
        mvc.perform(post("/api/labour/inspections").contentType("application/json")
                        .content("{\"bin\":\"" + elsewhere + "\",\"kind\":\"unscheduled\",\"reason\":\"complaint\",\"on\":\"2026-01-10\"}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("outside-territory"));
        mvc.perform(get("/api/labour/work-list").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from labour_access_log where outcome = 'denied'").query(Long.class).single())
                .isGreaterThan(denied);
    }

    @Test
    void the_checklist_is_served_as_data_each_item_with_its_grade_and_legal_basis() throws Exception {
        mvc.perform(get("/api/labour/checklist").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("reference"))
                .andExpect(jsonPath("$.items[?(@.code == 'wages-on-time')].severity", hasItem("gross")))
                .andExpect(jsonPath("$.items[0].basis").isNotEmpty());
    }

    @Test
    void the_work_list_shows_the_overdue_prescription_of_the_region_and_the_planned_inspections() throws Exception {
        mvc.perform(get("/api/labour/work-list").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("KZ-59"))
                .andExpect(jsonPath("$.overdue[*].ref", hasItem("DEMO-PR-1")))
                .andExpect(jsonPath("$.overdue[0].state").value("overdue"))
                .andExpect(jsonPath("$.inspections[*].ref", hasItem("DEMO-INS-2")));
    }

    @Test
    void an_inspector_sees_each_enterprises_arrears_an_analyst_only_regions_with_small_cells_hidden() throws Exception {
        mvc.perform(get("/api/labour/arrears").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprises.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .andExpect(jsonPath("$.insolvent.enterprises").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.enterprises[0].months").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/labour/arrears").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprises.length()").value(0))
                .andExpect(jsonPath("$.insolventRegions[?(@.regionCode == 'KZ-59')].enterprises", hasItem(nullValue())));
    }

    @Test
    void the_ministrys_and_the_trade_unions_strikes_are_both_shown_and_a_stoppage_of_2_5_hours_is_no_strike() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        mvc.perform(get("/api/labour/conflicts").param("from", today.minusDays(90).toString()).param("to", today.toString())
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sources[?(@.source == 'ministry')].strikes", hasItem(1)))
                .andExpect(jsonPath("$.sources[?(@.source == 'trade-unions')].strikes", hasItem(1)))
                .andExpect(jsonPath("$.sources[?(@.source == 'trade-unions')].stoppages", hasItem(2)))
                .andExpect(jsonPath("$.strikesEitherSource").value(1))
                .andExpect(jsonPath("$.strikeRule").value(org.hamcrest.Matchers.startsWith("stoppage ≥ 3 h")));
        mvc.perform(get("/api/labour/conflicts").param("from", "2026-02-01").param("to", "2026-01-01")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-to"));
    }

    @Test
    void an_accident_is_investigated_by_a_commission_and_closed_by_an_N1_act() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
        mvc.perform(post("/api/labour/accidents/DEMO-ACC-1/act-n1").contentType("application/json")
                        .content("{\"signedOn\":\"" + today + "\",\"number\":\"1\",\"cause\":\"x\",\"employerAtFault\":true}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-accident"));
        mvc.perform(post("/api/labour/accidents/DEMO-ACC-1/commission").contentType("application/json")
                        .content("{\"formedOn\":\"" + today + "\",\"chair\":\"Главный госинспектор труда\",\"members\":[\"Представитель работодателя\"]}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-members"));
        mvc.perform(post("/api/labour/accidents/DEMO-ACC-1/commission").contentType("application/json")
                        .content("{\"formedOn\":\"" + today + "\",\"chair\":\"Главный госинспектор труда\",\"members\":[\"Представитель работодателя\",\"Представитель профсоюза\"]}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.commissionOn").value(today.toString()));
        mvc.perform(post("/api/labour/accidents/DEMO-ACC-1/act-n1").contentType("application/json")
                        .content("{\"signedOn\":\"" + today + "\",\"number\":\"Н-1/17\",\"cause\":\"Падение с высоты\",\"employerAtFault\":true}")
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.actN1On").value(today.toString()));
        mvc.perform(get("/api/labour/accidents").param("from", today.minusDays(30).toString()).param("to", today.toString())
                        .with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accidents[?(@.accident.ref == 'DEMO-ACC-1')].stage", hasItem("act-n1")))
                .andExpect(jsonPath("$.classes.group").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void each_operational_report_is_a_workbook_that_opens_and_is_the_same_file_twice() throws Exception {
        for (String kind : OperationalReports.KINDS) {
            byte[] first = mvc.perform(get("/api/labour/reports/" + kind).param("on", "2026-11-30").with(httpBasic("inspector.sko", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            byte[] second = mvc.perform(get("/api/labour/reports/" + kind).param("on", "2026-11-30").with(httpBasic("inspector.sko", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(second).as(kind).isEqualTo(first);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first))) {
                Sheet s = wb.getSheetAt(0);
                assertThat(s.getRow(1).getCell(0).getStringCellValue()).startsWith("KZ-59");
                assertThat(s.getLastRowNum()).as(kind).isGreaterThanOrEqualTo(4);
            }
        }
        mvc.perform(get("/api/labour/reports/wage-arrears").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/labour/reports/pensions").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.reason").value("invalid-kind"));
    }

    @Test
    void the_layoffs_report_names_each_enterprise_that_released_workers_for_the_inspector_and_only_totals_for_the_analyst() throws Exception {
        String bin = quietEnterpriseIn("KZ-59", 2);
        jdbc.sql("""
                        insert into enterprise_staff_month (bin, month, esutd_contracts, hires, separations, layoffs)
                        values (:b, date '2026-10-01', 400, 0, 40, 37)
                        on conflict (bin, month) do update set esutd_contracts = 400, separations = 40, layoffs = 37""")
                .param("b", bin).update();
        byte[] inspector = mvc.perform(get("/api/labour/reports/layoffs").param("on", "2026-11-30").with(httpBasic("inspector.sko", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cellsOf(inspector)).anySatisfy(line -> assertThat(line).startsWith(bin + " — ").contains("|37|"));
        byte[] analyst = mvc.perform(get("/api/labour/reports/layoffs").param("on", "2026-11-30").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cellsOf(analyst)).noneSatisfy(line -> assertThat(line).contains(bin));
    }

    /** Each row of the report's sheet as its cells joined by "|". */
    static java.util.List<String> cellsOf(byte[] xlsx) throws Exception {
        java.util.List<String> lines = new java.util.ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(0)) {
                StringBuilder b = new StringBuilder();
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    b.append(b.length() == 0 ? "" : "|").append(format.formatCellValue(cell));
                }
                lines.add(b.toString());
            }
        }
        return lines;
    }

    @Test
    void the_screens_open_in_three_languages() throws Exception {
        for (String page : new String[]{"/labour/work-list", "/labour/inspections", "/labour/arrears", "/labour/accidents",
                "/labour/conflicts", "/labour/preventive-control", "/labour/inspections/DEMO-INS-1"}) {
            for (String lang : new String[]{"ru", "kk", "en"}) {
                mvc.perform(get(page).param("lang", lang).with(user(users.loadUserByUsername("inspector.sko"))))
                        .andExpect(status().isOk())
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                                .string(not(org.hamcrest.Matchers.containsString("??"))));
            }
        }
        for (String page : new String[]{"/labour/arrears", "/labour/accidents", "/labour/conflicts"}) {
            mvc.perform(get(page).with(user(users.loadUserByUsername("analyst")))).andExpect(status().isOk());
        }
    }
}
