package kz.shanyraq.law.labour;

import kz.shanyraq.law.labour.LabourRiskModel.HardTrigger;
import kz.shanyraq.law.labour.LabourRiskModel.Indicator;
import kz.shanyraq.law.labour.LabourRiskModel.Score;
import kz.shanyraq.law.labour.LabourRiskModel.Version;

import java.time.LocalDate;

/** A model version and the law resolved for one day; scores any number of enterprises, one thread or many. */
public final class ScoringDay {

    private final LabourRiskModel model;
    private final Version version;
    private final LocalDate day;
    private final long minimumWage;
    private final LabourFeature[] features = LabourFeature.values();

    ScoringDay(LabourRiskModel model, Version version, LocalDate day, long minimumWage) {
        this.model = model;
        this.version = version;
        this.day = day;
        this.minimumWage = minimumWage;
    }

    public LocalDate day() {
        return day;
    }

    public Version version() {
        return version;
    }

    public LabourRiskModel model() {
        return model;
    }

    public long minimumWage() {
        return minimumWage;
    }

    public EnterpriseRisk score(EnterpriseFacts facts) {
        long[] values = new long[features.length];
        for (int i = 0; i < features.length; i++) {
            values[i] = features[i].of(facts, minimumWage);
        }
        ScoreResult[] results = new ScoreResult[version.scores().size()];
        for (int s = 0; s < results.length; s++) {
            results[s] = score(version.scores().get(s), values);
        }
        return new EnterpriseRisk(this, results);
    }

    private static ScoreResult score(Score score, long[] values) {
        int n = score.indicators().size();
        long[] indicatorValues = new long[n];
        int[] points = new int[n];
        for (int i = 0; i < n; i++) {
            Indicator indicator = score.indicators().get(i);
            long v = values[indicator.feature().ordinal()];
            indicatorValues[i] = v;
            points[i] = indicator.points(v);
        }
        int trigger = -1;
        for (int t = 0; t < score.triggers().size(); t++) {
            HardTrigger ht = score.triggers().get(t);
            boolean all = true;
            for (LabourRiskModel.Condition c : ht.when()) {
                if (!c.holds(values[c.feature().ordinal()])) {
                    all = false;
                    break;
                }
            }
            if (all) {
                trigger = t;
                break;
            }
        }
        return result(score, indicatorValues, points, trigger);
    }

    /**
     * A score's result from its indicators' values and points and the trigger that held (-1: none), as kept by a
     * scoring run: the total, the band of the points and the trigger's band are derived here, as when scoring, so
     * a kept explanation is rebuilt exactly under the same model version.
     *
     * @param score index of the score in this day's model version
     */
    public ScoreResult restore(int score, long[] values, int[] points, int trigger) {
        Score definition = version.scores().get(score);
        if (values.length != definition.indicators().size() || points.length != values.length
                || trigger < -1 || trigger >= definition.triggers().size()) {
            throw new IllegalArgumentException("kept result does not match score " + definition.code() + " of model version "
                    + version.from() + ": " + values.length + " values, " + points.length + " points, trigger " + trigger);
        }
        return result(definition, values.clone(), points.clone(), trigger);
    }

    private static ScoreResult result(Score score, long[] values, int[] points, int trigger) {
        int total = 0;
        for (int p : points) {
            total += p;
        }
        int band = 0;
        for (int b = score.bands().size() - 1; b > 0; b--) {
            if (total >= score.bands().get(b).fromPoints()) {
                band = b;
                break;
            }
        }
        int pointsBand = band;
        if (trigger >= 0) {
            band = Math.max(band, score.bandIndex(score.triggers().get(trigger).band()));
        }
        boolean decidedByTrigger = trigger >= 0 && band > pointsBand;
        return new ScoreResult(score, values, points, total, band, trigger, decidedByTrigger);
    }
}
