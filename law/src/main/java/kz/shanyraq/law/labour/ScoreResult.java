package kz.shanyraq.law.labour;

import kz.shanyraq.law.labour.LabourRiskModel.Band;
import kz.shanyraq.law.labour.LabourRiskModel.HardTrigger;
import kz.shanyraq.law.labour.LabourRiskModel.Indicator;
import kz.shanyraq.law.labour.LabourRiskModel.Score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One score of one enterprise: the total of the indicators' points, the band, and — when one holds — the first
 * hard trigger (it decided the band when {@link #decidedByTrigger()}). The indicators' values and points are kept,
 * so {@link #lines()} explains the score without computing anything again.
 */
public final class ScoreResult {

    private final Score score;
    private final long[] values;
    private final int[] points;
    private final int total;
    private final int band;
    private final int trigger;
    private final boolean decidedByTrigger;

    ScoreResult(Score score, long[] values, int[] points, int total, int band, int trigger, boolean decidedByTrigger) {
        this.score = score;
        this.values = values;
        this.points = points;
        this.total = total;
        this.band = band;
        this.trigger = trigger;
        this.decidedByTrigger = decidedByTrigger;
    }

    public Score definition() {
        return score;
    }

    public String code() {
        return score.code();
    }

    public int total() {
        return total;
    }

    public Band band() {
        return score.bands().get(band);
    }

    /** The band's position: 0 the lowest. */
    public int bandIndex() {
        return band;
    }

    /** In the highest band of the score. */
    public boolean isHigh() {
        return band == score.bands().size() - 1;
    }

    public Optional<HardTrigger> trigger() {
        return trigger < 0 ? Optional.empty() : Optional.of(score.triggers().get(trigger));
    }

    /** A hard trigger, not the points, put the enterprise in its band. */
    public boolean decidedByTrigger() {
        return decidedByTrigger;
    }

    public long value(int indicator) {
        return values[indicator];
    }

    public int points(int indicator) {
        return points[indicator];
    }

    /** Each indicator with its value (or no data) and points, in the model's order. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Indicator indicator = score.indicators().get(i);
            out.add(new Line(indicator, values[i] == LabourFeature.NO_DATA ? null : values[i], points[i]));
        }
        return out;
    }

    /** @param value {@code null} when the source did not report it (no points) */
    public record Line(Indicator indicator, Long value, int points) {
    }
}
