package kz.shanyraq.app.analytics;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A simulation exported to XLSX: the published view only (small cells hidden), the reform on its own sheet. */
final class SimulationWorkbook {

    private SimulationWorkbook() {
    }

    static byte[] of(Simulations.Run run, SimulationView v, Map<String, String> titles) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet cost = wb.createSheet("cost");
            row(cost, 0, "Simulation " + run.id() + ": " + run.title() + ", as of " + run.asOf());
            row(cost, 1, "measure", "payment", "families before", "families after", "monthly before, KZT",
                    "monthly after, KZT", "yearly before, KZT", "yearly after, KZT", "difference, KZT");
            int r = 2;
            for (SimulationView.Cost c : v.measures()) {
                cells(cost.createRow(r++), titles.getOrDefault(c.measure(), c.measure()), c.payment(),
                        c.familiesBefore(), c.familiesAfter(), c.monthlyBefore(), c.monthlyAfter(), c.yearlyBefore(),
                        c.yearlyAfter(), c.difference());
            }
            SimulationView.Cost t = v.total();
            cells(cost.createRow(r), "total", "", t.familiesBefore(), t.familiesAfter(), t.monthlyBefore(),
                    t.monthlyAfter(), t.yearlyBefore(), t.yearlyAfter(), t.difference());
            groups(wb.createSheet("change"), List.of(new SimulationView.Group("all", v.change())));
            groups(wb.createSheet("by region"), v.byRegion());
            groups(wb.createSheet("by category"), v.byCategory());
            groups(wb.createSheet("by income decile"), v.byDecile());
            groups(wb.createSheet("by household"), v.byHousehold());
            Sheet p = wb.createSheet("poverty");
            row(p, 0, "", "families", "persons", "gap, KZT a month");
            SimulationView.Poverty pv = v.poverty();
            cells(p.createRow(1), "before", pv.familiesBefore(), pv.personsBefore(), pv.gapBefore());
            cells(p.createRow(2), "after", pv.familiesAfter(), pv.personsAfter(), pv.gapAfter());
            Sheet reform = wb.createSheet("reform");
            int i = 0;
            for (String line : run.reformYaml().split("\n")) {
                row(reform, i++, line);
            }
            row(reform, i + 1, "Counts of 1-4 families and the sums about them are hidden (<5).");
            wb.write(out);
            return Reproducible.zip(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void groups(Sheet s, List<SimulationView.Group> groups) {
        row(s, 0, "group", "families", "persons", "gainers", "gainer persons", "losers", "loser persons", "unchanged",
                "unchanged persons", "gained, KZT", "lost, KZT", "average gain", "average loss", "total before",
                "total after");
        int r = 1;
        for (SimulationView.Group g : groups) {
            SimulationView.Change c = g.change();
            cells(s.createRow(r++), g.key(), c.families(), c.persons(), c.gainers(), c.gainerPersons(), c.losers(),
                    c.loserPersons(), c.unchanged(), c.unchangedPersons(), c.gained(), c.lost(), c.averageGain(),
                    c.averageLoss(), c.totalBefore(), c.totalAfter());
        }
    }

    static void row(Sheet s, int r, String... texts) {
        Row row = s.createRow(r);
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
    }

    /** Texts as text, values as numbers, hidden values as "<5", values not applicable empty. */
    static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object o = values[i];
            if (o instanceof Value v) {
                if (v.hidden()) {
                    row.createCell(i).setCellValue("<5");
                } else if (v.value() != null) {
                    row.createCell(i).setCellValue(v.value());
                }
            } else if (o != null) {
                row.createCell(i).setCellValue(o.toString());
            }
        }
    }
}
