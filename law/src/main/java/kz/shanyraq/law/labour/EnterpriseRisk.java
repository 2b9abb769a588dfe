package kz.shanyraq.law.labour;

import java.time.LocalDate;
import java.util.List;

/** An enterprise's scores on a day under one model version, each explaining itself. */
public final class EnterpriseRisk {

    private final ScoringDay day;
    private final ScoreResult[] scores;

    EnterpriseRisk(ScoringDay day, ScoreResult[] scores) {
        this.day = day;
        this.scores = scores;
    }

    public LocalDate asOf() {
        return day.day();
    }

    public LocalDate modelVersionFrom() {
        return day.version().from();
    }

    public String modelId() {
        return day.model().id();
    }

    public String modelStatus() {
        return day.model().status();
    }

    public long minimumWage() {
        return day.minimumWage();
    }

    public List<ScoreResult> scores() {
        return List.of(scores);
    }

    public ScoreResult score(String code) {
        for (ScoreResult s : scores) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no score " + code + " in model " + day.model().id());
    }
}
