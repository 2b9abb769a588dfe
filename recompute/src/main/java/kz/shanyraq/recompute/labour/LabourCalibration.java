package kz.shanyraq.recompute.labour;

import kz.shanyraq.law.labour.EnterpriseRisk;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.law.labour.PreventiveControl;
import kz.shanyraq.law.labour.ScoringDay;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the reference model and the preventive-control rules make of the registry, per region, to set beside the
 * ministry's published figures (docs/labour-risk.md, "Calibration"): enterprises, the high social-tension band
 * (seed 000: 1.8 k monitored), the high occupational-safety band, and the semi-annual preventive-control list formed
 * from the facts of the half-year's first day (seed 000: 314 in 2025-H2).
 */
public final class LabourCalibration {

    /** One region's (or the country's) counts. */
    public record Row(String region, int enterprises, int highTension, int highSafety, int preventiveList) {
        Row plus(Row o) {
            return new Row(region, enterprises + o.enterprises, highTension + o.highTension, highSafety + o.highSafety,
                    preventiveList + o.preventiveList);
        }
    }

    public record Result(LocalDate on, LocalDate halfStart, Map<String, Row> regions, Row country) {
    }

    private LabourCalibration() {
    }

    public static Result of(Connection c, EnterpriseScoring scoring, LocalDate on) throws SQLException {
        LocalDate halfStart = LocalDate.of(on.getYear(), on.getMonthValue() <= 6 ? 1 : 7, 1);
        Map<String, Row> regions = new TreeMap<>();
        EnterpriseFactsReader.Enterprises e = EnterpriseFactsReader.read(c, on);
        ScoringDay day = scoring.on(on);
        for (int i = 0; i < e.size(); i++) {
            EnterpriseRisk r = day.score(e.facts()[i]);
            regions.merge(e.regions()[i], new Row(e.regions()[i], 1, r.scores().get(0).isHigh() ? 1 : 0,
                    r.scores().get(1).isHigh() ? 1 : 0, 0), Row::plus);
        }
        EnterpriseFactsReader.Enterprises h = EnterpriseFactsReader.read(c, halfStart);
        PreventiveControl control = PreventiveControl.reference();
        for (int i = 0; i < h.size(); i++) {
            if (control.assess(h.facts()[i]).listed()) {
                regions.merge(h.regions()[i], new Row(h.regions()[i], 0, 0, 0, 1), Row::plus);
            }
        }
        Row country = new Row("KZ", 0, 0, 0, 0);
        for (Row r : regions.values()) {
            country = country.plus(r);
        }
        return new Result(on, halfStart, regions, country);
    }
}
