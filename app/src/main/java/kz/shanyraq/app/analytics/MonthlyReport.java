package kz.shanyraq.app.analytics;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The ministry's monthly figures as a document (PDF with OpenPDF and the DejaVu Sans font shipped with the app; XLSX
 * with Apache POI), in Russian or Kazakh. Its tables are built from the same {@link FigureSet} the dashboards show,
 * each with its definition and date. The same month gives the same bytes: the documents' dates are the run's date,
 * the PDF's identifier is derived from its content and the XLSX's zip entries carry a fixed time.
 */
final class MonthlyReport {

    /** One table of the report: a title, the definition and date line, a header and rows of cells. */
    record Table(String title, String note, List<String> header, List<List<Object>> rows) {
    }

    private MonthlyReport() {
    }

    /** The report's tables (shared by the PDF and the XLSX, so both hold the same numbers). */
    static List<Table> tables(FigureSet national, Map<String, FigureSet> regions, Map<String, String> regionNames,
                              Map<String, String> titles, MessageSource messages, Locale locale) {
        String date = msg(messages, locale, "analytics.date") + ": " + national.asOf();
        List<Table> out = new ArrayList<>();
        List<List<Object>> headline = new ArrayList<>();
        national.headline().forEach((f, v) -> headline.add(List.of(msg(messages, locale, "analytics.figure." + f.id()),
                v, msg(messages, locale, "analytics.figure." + f.id() + ".definition"), String.join(", ", f.sources()))));
        out.add(new Table(msg(messages, locale, "analytics.headline"), date,
                List.of(msg(messages, locale, "analytics.figure"), msg(messages, locale, "analytics.value"),
                        msg(messages, locale, "analytics.definition"), msg(messages, locale, "analytics.sources")),
                headline));
        List<List<Object>> measures = new ArrayList<>();
        for (FigureSet.MeasureRow r : national.measures()) {
            measures.add(List.of(titles.get(r.measure()), r.recipients(), r.money(), r.average(), r.coverage()));
        }
        out.add(new Table(msg(messages, locale, "analytics.by-measure"),
                msg(messages, locale, "analytics.figure.recipients.definition") + " "
                        + msg(messages, locale, "analytics.figure.money.definition") + " " + date,
                List.of(msg(messages, locale, "analytics.measure"), msg(messages, locale, "analytics.figure.recipients"),
                        msg(messages, locale, "analytics.figure.money"),
                        msg(messages, locale, "analytics.figure.average-amount"),
                        msg(messages, locale, "analytics.figure.coverage")), measures));
        List<List<Object>> categories = new ArrayList<>();
        for (FigureSet.CategoryRow r : national.categories()) {
            categories.add(List.of(r.category() == 0 ? msg(messages, locale, "analytics.category.0")
                    : String.valueOf(r.category()), r.families(), r.share()));
        }
        out.add(new Table(msg(messages, locale, "analytics.by-category"),
                msg(messages, locale, "analytics.figure.category-share.definition") + " " + date,
                List.of(msg(messages, locale, "analytics.category"), msg(messages, locale, "analytics.figure.families"),
                        msg(messages, locale, "analytics.share")), categories));
        List<List<Object>> byRegion = new ArrayList<>();
        regions.forEach((code, s) -> byRegion.add(List.of(code.isEmpty() ? "—" : regionNames.getOrDefault(code, code),
                s.get(Figure.FAMILIES), s.pick(Figure.RECIPIENTS, "targeted-social-assistance"),
                s.pick(Figure.MONEY, "targeted-social-assistance"), s.pick(Figure.SMS_SENT, null),
                s.pick(Figure.ASSIGNED_WITHOUT_APPLICATION, null))));
        String asp = titles.get("targeted-social-assistance");
        out.add(new Table(msg(messages, locale, "analytics.by-territory"),
                msg(messages, locale, "analytics.figure.families.definition") + " " + date,
                List.of(msg(messages, locale, "analytics.region"), msg(messages, locale, "analytics.figure.families"),
                        msg(messages, locale, "analytics.figure.recipients") + " — " + asp,
                        msg(messages, locale, "analytics.figure.money") + " — " + asp,
                        msg(messages, locale, "analytics.figure.sms-sent"),
                        msg(messages, locale, "analytics.figure.assigned-without-application")), byRegion));
        return out;
    }

    static String title(MessageSource messages, Locale locale, String month) {
        return msg(messages, locale, "report.title") + " — " + month;
    }

    private static String msg(MessageSource m, Locale l, String key) {
        return m.getMessage(key, null, l);
    }

    static String text(Object o) {
        return o instanceof Value v ? (v.hidden() ? "<5" : v.value() == null ? "" : v.text()) : String.valueOf(o);
    }

    static byte[] pdf(String title, String intro, List<Table> tables, LocalDate date) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            BaseFont regular = font("DejaVuSans.ttf");
            BaseFont bold = font("DejaVuSans-Bold.ttf");
            Font body = new Font(regular, 8);
            Font head = new Font(bold, 8);
            Font h1 = new Font(bold, 14);
            Font h2 = new Font(bold, 11);
            Font note = new Font(regular, 7, Font.NORMAL, java.awt.Color.DARK_GRAY);
            doc.addTitle(title);
            doc.addCreator("Shanyraq");
            doc.addProducer();
            PdfDate fixed = new PdfDate(calendar(date));
            doc.addCreationDate(fixed);
            doc.addModificationDate(fixed);
            doc.open();
            doc.add(new Paragraph(title, h1));
            doc.add(new Paragraph(intro, note));
            for (Table t : tables) {
                Paragraph p = new Paragraph(t.title(), h2);
                p.setSpacingBefore(10);
                doc.add(p);
                doc.add(new Paragraph(t.note(), note));
                PdfPTable table = new PdfPTable(t.header().size());
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                table.setHeaderRows(1);
                for (String h : t.header()) {
                    table.addCell(new PdfPCell(new Phrase(h, head)));
                }
                for (List<Object> row : t.rows()) {
                    for (Object cell : row) {
                        PdfPCell c = new PdfPCell(new Phrase(text(cell), body));
                        if (cell instanceof Value) {
                            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        table.addCell(c);
                    }
                }
                doc.add(table);
            }
            // The document's own creation date would be now: the run's date instead (same month, same bytes).
            writer.getInfo().put(com.lowagie.text.pdf.PdfName.CREATIONDATE, fixed);
            doc.close();
            return Reproducible.pdf(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(String title, String intro, List<Table> tables, LocalDate date) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setTitle(title);
            wb.getProperties().getCoreProperties().setCreator("Shanyraq");
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                    Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant())));
            wb.getProperties().getCoreProperties().setModified(java.util.Optional.of(
                    Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant())));
            int n = 1;
            for (Table t : tables) {
                Sheet s = wb.createSheet(n++ + " " + safe(t.title()));
                SimulationWorkbook.row(s, 0, title);
                SimulationWorkbook.row(s, 1, t.title());
                SimulationWorkbook.row(s, 2, t.note());
                SimulationWorkbook.row(s, 3, t.header().toArray(String[]::new));
                int r = 4;
                for (List<Object> row : t.rows()) {
                    SimulationWorkbook.cells(s.createRow(r++), row.toArray());
                }
                SimulationWorkbook.row(s, r + 1, intro);
            }
            wb.write(out);
            return Reproducible.zip(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String sheet) {
        String s = sheet.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 28 ? s.substring(0, 28) : s;
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static BaseFont font(String name) throws IOException {
        try (InputStream in = MonthlyReport.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        }
    }
}
