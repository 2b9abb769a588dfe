package kz.shanyraq.app.analytics;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.recompute.PublishedRun;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The monthly report holds the dashboard's numbers in Russian and Kazakh, read back with the libraries that wrote it. */
class MonthlyReportTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    @kz.shanyraq.app.database.RegistryOwner
    DataSource owner;

    @Autowired
    MonthlyCapture capture;

    @Autowired
    Figures figures;

    @Autowired
    Reports reports;

    Figures.Month month;

    @BeforeEach
    void aCapturedMonth() {
        long run = PublishedRun.of(owner).runId();
        capture.captureAll();
        month = figures.months().stream().filter(m -> m.runId() == run).findFirst().orElseThrow();
    }

    @Test
    void theSameMonthGivesTheSameBytes() {
        byte[][] first = reports.render(month, Locale.forLanguageTag("kk"));
        byte[][] second = reports.render(month, Locale.forLanguageTag("kk"));
        assertThat(first[0]).isEqualTo(second[0]);
        assertThat(first[1]).isEqualTo(second[1]);
    }

    @Test
    void thePdfAndTheWorkbookInRussianAndKazakhHoldTheDashboardsNumbers() throws Exception {
        FigureSet dashboard = figures.of(month, AnalyticsFilter.NONE);
        Value asp = dashboard.pick(Figure.RECIPIENTS, "targeted-social-assistance");
        for (String language : List.of("ru", "kk")) {
            String json = mvc.perform(post("/api/analytics/reports").param("month", month.label())
                            .param("language", language).with(httpBasic("analyst", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            var stored = Simulations.JSON.readTree(json);
            assertThat(stored).hasSize(2);
            for (var s : stored) {
                byte[] file = mvc.perform(get("/api/analytics/reports/" + s.get("id").asLong() + "/file")
                                .with(httpBasic("analyst", PASSWORD)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                assertThat(Reports.sha256(file)).isEqualTo(s.get("sha256").asText());
                String text = s.get("format").asText().equals("pdf") ? pdfText(file) : workbookText(file);
                assertThat(text).as(language + " " + s.get("format")).contains(
                        language.equals("kk") ? "Отбасылар" : "Семьи",
                        MonthlyReport.text(dashboard.get(Figure.FAMILIES)), MonthlyReport.text(asp),
                        month.asOf().toString());
            }
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder s = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                s.append(extractor.getTextFromPage(p)).append('\n');
            }
            return s.toString();
        } finally {
            reader.close();
        }
    }

    private static String workbookText(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        cells.add(switch (c.getCellType()) {
                            case NUMERIC -> new Value(c.getNumericCellValue(), false).text();
                            default -> c.getStringCellValue();
                        });
                    }
                }
            }
        }
        return String.join("\n", cells);
    }
}
