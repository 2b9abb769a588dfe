package kz.shanyraq.law.labour;

import kz.shanyraq.law.explain.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A labour-risk scoring model as read from its file: dated versions, each with its scores (social tension,
 * occupational safety), their indicators with points, hard triggers and band cut-offs. Data, not code: the format
 * is in docs/labour-risk.md; {@link LabourRiskModelReader} refuses a file that is not complete and consistent.
 *
 * @param status {@code reference} (ours, built from public indicators) or {@code official}
 */
public record LabourRiskModel(String id, Text title, String status, String note, List<String> sources,
                              List<Version> versions) {

    public LabourRiskModel {
        sources = List.copyOf(sources);
        versions = List.copyOf(versions);
    }

    /** The version in force on a day, if the model covers it. */
    public Optional<Version> on(LocalDate day) {
        for (Version v : versions) {
            if (!day.isBefore(v.from()) && (v.to() == null || !day.isAfter(v.to()))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** One dated version: {@code to} is inclusive, {@code null} while in force. */
    public record Version(LocalDate from, LocalDate to, String note, List<String> sources, List<Score> scores) {
        public Version {
            sources = List.copyOf(sources);
            scores = List.copyOf(scores);
        }

        public Score score(String code) {
            return scores.stream().filter(s -> s.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("model version from " + from + " has no score " + code));
        }
    }

    /**
     * One score (e.g. social tension). Bands in ascending order: a total is in the last band whose
     * {@code fromPoints} it reaches. The first hard trigger (in file order) whose conditions all hold puts the
     * enterprise in its band whatever the total, if that band is higher.
     */
    public record Score(String code, Text title, List<Band> bands, List<HardTrigger> triggers, List<Indicator> indicators) {
        public Score {
            bands = List.copyOf(bands);
            triggers = List.copyOf(triggers);
            indicators = List.copyOf(indicators);
        }

        public int bandIndex(String bandCode) {
            for (int i = 0; i < bands.size(); i++) {
                if (bands.get(i).code().equals(bandCode)) {
                    return i;
                }
            }
            return -1;
        }
    }

    public record Band(String code, Text title, int fromPoints) {
    }

    /** A condition that alone decides the band, with the reason it is one (its source or legal basis). */
    public record HardTrigger(String code, Text title, String band, String basis, List<Condition> when) {
        public HardTrigger {
            when = List.copyOf(when);
        }
    }

    /** {@code feature >= atLeast} and/or {@code feature < below}; a feature without data never meets a condition. */
    public record Condition(LabourFeature feature, Long atLeast, Long below) {
        public boolean holds(long value) {
            if (value == LabourFeature.NO_DATA) {
                return false;
            }
            return (atLeast == null || value >= atLeast) && (below == null || value < below);
        }
    }

    /** An indicator: the feature it reads, and points by steps (the first step whose {@code below} the value is under). */
    public record Indicator(String code, LabourFeature feature, Text title, String source, List<Step> steps) {
        public Indicator {
            steps = List.copyOf(steps);
        }

        public int points(long value) {
            if (value == LabourFeature.NO_DATA) {
                return 0;
            }
            for (Step s : steps) {
                if (s.below() == null || value < s.below()) {
                    return s.points();
                }
            }
            throw new IllegalStateException("the last step of " + code + " is open-ended (checked on reading)");
        }
    }

    /** Points for values below {@code below}; the last step has no bound. */
    public record Step(Long below, int points) {
    }
}
