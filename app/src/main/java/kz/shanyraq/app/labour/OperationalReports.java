package kz.shanyraq.app.labour;

import kz.shanyraq.app.analytics.Reproducible;
import kz.shanyraq.app.labour.internal.InspectionStore;
import kz.shanyraq.app.labour.internal.LabourAccessLog;
import kz.shanyraq.app.labour.internal.LabourRecords;
import kz.shanyraq.app.security.ShanyraqUser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The inspectors' five operational reports (seed 000: the forms were cut from 15 to 5 and automated — wage arrears,
 * layoffs, main indicators, injuries; the seed names four, the fifth here, collective disputes and strikes, is our
 * choice) as XLSX workbooks made from the data: the inspector's region, or the country per region for an analyst
 * (a count of 1–4 shown as "<5"). The same data and day give the same bytes (fixed document and entry dates).
 */
@Service
public class OperationalReports {

    /** At most this many enterprises listed in a report (most concerned first). */
    static final int ENTERPRISE_LINES = 5_000;

    public static final List<String> KINDS = List.of("wage-arrears", "layoffs", "main-indicators", "injuries", "conflicts");

    private final LabourFigures figures;
    private final InspectionStore inspections;
    private final LabourRecords records;
    private final LabourAccessLog log;

    OperationalReports(LabourFigures figures, InspectionStore inspections, LabourRecords records, LabourAccessLog log) {
        this.figures = figures;
        this.inspections = inspections;
        this.records = records;
        this.log = log;
    }

    /** The report of a kind for the period from the first of the day's year to the day. */
    public byte[] report(ShanyraqUser user, String kind, LocalDate day, String channel) {
        if (kind == null || !KINDS.contains(kind)) {
            throw LabourRefusedException.invalid("kind", "one of " + String.join(", ", KINDS));
        }
        if (day == null) {
            throw LabourRefusedException.invalid("on", "required");
        }
        String scope = LabourAccess.aggregateScope(user);
        log.record(user.getUsername(), user.role().code(), channel, "operational-report", null, scope, day, "granted", kind);
        boolean analyst = LabourFigures.analyst(user);
        LocalDate from = day.withDayOfYear(1);
        String where = scope == null ? "Республика Казахстан / Kazakhstan" : scope;
        List<List<Object>> rows = new ArrayList<>();
        List<String> header;
        String title;
        switch (kind) {
            case "wage-arrears" -> {
                title = "Задолженность по заработной плате / Wage arrears";
                LabourFigures.ArrearsView a = figures.arrears(user, day, channel);
                header = List.of("Регион / БИН", "Предприятие", "Процедура", "Предприятий", "Работников", "Месяцев", "Сумма, ₸", "Взыскано, ₸");
                if (analyst) {
                    for (int i = 0; i < a.regions().size(); i++) {
                        LabourFigures.RegionCount c = a.regions().get(i);
                        LabourFigures.RegionCount b = a.insolventRegions().get(i);
                        rows.add(row(c.regionCode(), "", "текущая / current", shown(c.enterprises()), shown(c.workers()), null, shown(c.amount()), null));
                        rows.add(row(b.regionCode(), "", "банкротство, реабилитация / insolvent", shown(b.enterprises()), shown(b.workers()), null, shown(b.amount()), null));
                    }
                } else {
                    for (LabourRecords.Arrears e : a.enterprises()) {
                        rows.add(row(e.bin(), e.name(), e.insolvency() == null ? "" : e.insolvency(), 1, e.workers(),
                                e.months(), e.amount(), e.recovered()));
                    }
                }
                rows.add(row("Итого текущая / current", "", "", shown(a.current().enterprises()), shown(a.current().workers()), null, shown(a.current().amount()), shown(a.recovered())));
                rows.add(row("Итого банкроты и реабилитация / insolvent", "", "", shown(a.insolvent().enterprises()), shown(a.insolvent().workers()), null, shown(a.insolvent().amount()), null));
            }
            case "layoffs" -> {
                title = "Высвобождение работников / Layoffs (ЕСУТД)";
                header = List.of("Месяц", "Высвобождено", "Прекращено договоров", "Принято", "Предприятий с высвобождением");
                for (Object[] m : records.layoffs(scope, from.withDayOfMonth(1), day.withDayOfMonth(1))) {
                    rows.add(row(m[0].toString(), hide(analyst, (Long) m[1]), hide(analyst, (Long) m[2]),
                            hide(analyst, (Long) m[3]), hide(analyst, (Long) m[4])));
                }
                if (!analyst) {
                    // the inspector's territory, enterprise by enterprise (analysts see the aggregates only)
                    rows.add(row("БИН — предприятие / BIN — enterprise", "Высвобождено", "Прекращено договоров", "Принято",
                            "‰ договоров ЕСУТД"));
                    for (LabourRecords.EnterpriseLayoffs e : records.layoffsByEnterprise(scope, from.withDayOfMonth(1),
                            day.withDayOfMonth(1), ENTERPRISE_LINES)) {
                        rows.add(row(e.bin() + " — " + e.name(), e.layoffs(), e.separations(), e.hires(), e.perMille()));
                    }
                }
            }
            case "main-indicators" -> {
                title = "Основные показатели / Main indicators";
                header = List.of("Показатель / Indicator", "Значение / Value");
                Map<String, Long> f = inspections.figures(scope, from, day);
                for (var e : f.entrySet()) {
                    rows.add(row(e.getKey(), hide(analyst, e.getValue())));
                }
                long v = f.get("violations");
                rows.add(row("fixedShare", v == 0 || (analyst && kz.shanyraq.app.recompute.Distribution.hidden(v)) ? null
                        : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * f.get("fixed") / v)));
            }
            case "injuries" -> {
                title = "Производственный травматизм / Injuries at work";
                LabourFigures.AccidentView a = figures.accidents(user, from, day, channel);
                header = List.of("Показатель / Indicator", "Значение / Value", "Seed 000");
                a.classes().forEach((k, c) -> rows.add(row(k, shown(c), null)));
                rows.add(row("victims", shown(a.victims()), null));
                rows.add(row("killed", shown(a.killed()), null));
                a.sectorShares().forEach((k, s) -> rows.add(row("share % " + k, s == null ? null
                        : String.format(java.util.Locale.ROOT, "%.1f", s), a.seedShares().get(k))));
                if (!analyst) {
                    for (LabourFigures.AccidentRow r : a.accidents()) {
                        rows.add(row(r.accident().ref() + " " + r.accident().bin(), String.join(", ", r.classes()),
                                r.accident().occurredOn() + " " + r.stage()));
                    }
                }
            }
            default -> {
                title = "Коллективные споры, конфликты и забастовки / Collective disputes and strikes";
                LabourFigures.ConflictView c = figures.conflicts(user, from, day, channel);
                header = List.of("Источник / Source", "Записей", "Споры", "Конфликты", "Протесты", "Остановки", "Забастовки (" + c.strikeRule() + ")");
                for (LabourFigures.SourceCount s : c.sources()) {
                    rows.add(row(s.source(), shown(s.records()), shown(s.disputes()), shown(s.conflicts()), shown(s.protests()),
                            shown(s.stoppages()), shown(s.strikes())));
                }
                rows.add(row("Забастовки по любому источнику / strikes, either source", null, null, null, null, null, shown(c.strikesEitherSource())));
                rows.add(row("Колдоговоры в силе / agreements in force", shown(c.agreementsInForce()), null, null, null, null, null));
            }
        }
        return xlsx(title, where + ", " + from + " — " + day, header, rows, day);
    }

    private static Object hide(boolean analyst, Long n) {
        return analyst ? shown(LabourFigures.cell(n)) : n;
    }

    /** A count hidden by the small-cell rule (null) is written "<5". */
    private static Object shown(Long n) {
        return n == null ? "<5" : n;
    }

    private static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    static byte[] xlsx(String title, String period, List<String> header, List<List<Object>> rows, LocalDate day) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Date date = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
            wb.getProperties().getCoreProperties().setTitle(title);
            wb.getProperties().getCoreProperties().setCreator("Shanyraq");
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(date));
            wb.getProperties().getCoreProperties().setModified(java.util.Optional.of(date));
            Sheet s = wb.createSheet("report");
            s.createRow(0).createCell(0).setCellValue(title);
            s.createRow(1).createCell(0).setCellValue(period);
            s.createRow(2).createCell(0).setCellValue("Эталонные данные Shanyraq; ячейка 1–4 скрыта (<5) в сводных данных");
            Row h = s.createRow(3);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            int r = 4;
            for (List<Object> row : rows) {
                Row x = s.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Object o = row.get(i);
                    if (o instanceof Number n) {
                        x.createCell(i).setCellValue(n.doubleValue());
                    } else if (o != null) {
                        x.createCell(i).setCellValue(o.toString());
                    }
                }
            }
            wb.write(out);
            return Reproducible.zip(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
