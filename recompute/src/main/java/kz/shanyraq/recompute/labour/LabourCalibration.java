package kz.shanyraq.recompute.labour;

import kz.shanyraq.law.labour.EnterpriseRisk;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.law.labour.PreventiveControl;
import kz.shanyraq.law.labour.ScoreResult;
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

    /**
     * @param highTensionWhy  the high social-tension band by what put each enterprise there: the trigger's code, or the
     *                        indicators that gave points (code:points, in the model's order), most frequent first
     * @param insuredShare    enterprises with an ОСНС contract on the day (seed 000: 64.7 %)
     * @param injured12m      workers injured (not killed) at work in the 12 months up to the day
     * @param killed12m       workers killed at work in the 12 months up to the day
     */
    public record Result(LocalDate on, LocalDate halfStart, Map<String, Row> regions, Row country,
                         Map<String, Integer> highTensionWhy, double insuredShare, long injured12m, long killed12m) {
    }

    private LabourCalibration() {
    }

    public static Result of(Connection c, EnterpriseScoring scoring, LocalDate on) throws SQLException {
        LocalDate halfStart = LocalDate.of(on.getYear(), on.getMonthValue() <= 6 ? 1 : 7, 1);
        Map<String, Row> regions = new TreeMap<>();
        EnterpriseFactsReader.Enterprises e = EnterpriseFactsReader.read(c, on);
        ScoringDay day = scoring.on(on);
        Map<String, Integer> why = new java.util.HashMap<>();
        int insured = 0;
        long injured = 0;
        long killed = 0;
        for (int i = 0; i < e.size(); i++) {
            EnterpriseRisk r = day.score(e.facts()[i]);
            insured += e.facts()[i].accidentInsurance() ? 1 : 0;
            injured += Math.max(0, e.facts()[i].accidents12m()) - Math.max(0, e.facts()[i].fatalAccidents12m());
            killed += Math.max(0, e.facts()[i].fatalAccidents12m());
            ScoreResult tension = r.scores().get(0);
            if (tension.isHigh()) {
                why.merge(reasons(tension), 1, Integer::sum);
            }
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
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        why.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(en -> sorted.put(en.getKey(), en.getValue()));
        return new Result(on, halfStart, regions, country, sorted, e.size() == 0 ? 0 : (double) insured / e.size(),
                injured, killed);
    }

    private static String reasons(ScoreResult s) {
        if (s.decidedByTrigger() && s.trigger().isPresent()) {
            return "trigger " + s.trigger().get().code();
        }
        StringBuilder b = new StringBuilder();
        for (ScoreResult.Line line : s.lines()) {
            if (line.points() > 0) {
                b.append(b.length() == 0 ? "" : " + ").append(line.indicator().code()).append(':').append(line.points());
            }
        }
        return b.toString();
    }
}
