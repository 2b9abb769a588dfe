package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A well-being methodology as data: dated versions, each with criteria (feature → bands → points), hard rules and
 * the point thresholds of its outcomes (categories 1–6, or levels A–E). Loaded and validated by
 * {@link MethodologyFileReader}; the format is docs/law/wellbeing.md.
 *
 * @param status {@code reference} for a methodology built from public descriptions (not the ministry's),
 *               {@code official} for one taken from the approved text
 * @param file   where it was read from (shown in explanations)
 */
public record Methodology(String id, Text title, String status, String note, List<String> sources, String file,
                          List<MethodologyVersion> versions) {

    public Methodology {
        sources = List.copyOf(sources);
        versions = List.copyOf(versions);
    }

    /** The version in force on a day; none → {@link ParameterUnknownException} naming the methodology. */
    public MethodologyVersion versionOn(LocalDate day) {
        for (MethodologyVersion v : versions) {
            if (v.inForceOn(day)) {
                return v;
            }
        }
        throw new ParameterUnknownException("methodology " + id, null, day,
                "no version in force (versions cover " + versions.get(0).from() + " – "
                        + (versions.get(versions.size() - 1).to() == null ? "…" : versions.get(versions.size() - 1).to())
                        + ")");
    }

    /** The version in force on a day compiled to primitive tables (cached per version). */
    public CompiledMethodology compile(LocalDate day) {
        MethodologyVersion v = versionOn(day);
        return COMPILED.computeIfAbsent(v, x -> CompiledMethodology.of(this, x));
    }

    private static final Map<MethodologyVersion, CompiledMethodology> COMPILED = new ConcurrentHashMap<>();

    /**
     * One dated version.
     *
     * @param outcomes in order of their index (1, 2, …): categories 1…6 or levels A…E
     */
    public record MethodologyVersion(LocalDate from, LocalDate to, String status, List<String> sources, String note,
                                     List<Criterion> criteria, List<HardRule> hardRules, List<Outcome> outcomes,
                                     int line) {

        public MethodologyVersion {
            sources = List.copyOf(sources);
            criteria = List.copyOf(criteria);
            hardRules = List.copyOf(hardRules);
            outcomes = List.copyOf(outcomes);
        }

        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        public Outcome outcome(String code) {
            return outcomes.stream().filter(o -> o.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no outcome " + code));
        }

        // identity semantics: versions are compiled once each
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * A criterion: the feature it reads, its group (income, housing, …) and the points of each band of values.
     * Bands are read in order: the first whose {@code below} exceeds the value gives the points; the last band has
     * no bound.
     */
    public record Criterion(String code, String group, Feature feature, Text title, List<Band> bands, int line) {
        public Criterion {
            bands = List.copyOf(bands);
        }

        /** The band a value falls in. */
        public Band band(long value) {
            for (Band b : bands) {
                if (b.below() == null || value < b.below()) {
                    return b;
                }
            }
            throw new IllegalStateException("bands of " + code + " do not end open");
        }
    }

    /** Values below {@code below} (or any value, when null) score {@code points}. */
    public record Band(Long below, int points) {
        public String describe() {
            return below == null ? "rest" : "< " + below;
        }
    }

    /** A rule that sets the outcome outright when all its conditions hold; rules are tried in file order. */
    public record HardRule(String code, Text title, String outcome, List<Condition> when, int line) {
        public HardRule {
            when = List.copyOf(when);
        }
    }

    /** {@code atLeast ≤ value < below} (either bound may be absent). */
    public record Condition(Feature feature, Long atLeast, Long below) {
        public boolean holds(long value) {
            return (atLeast == null || value >= atLeast) && (below == null || value < below);
        }

        public String describe() {
            return feature.code() + (atLeast == null ? "" : " ≥ " + atLeast) + (atLeast != null && below != null ? " and"
                    : "") + (below == null ? "" : " < " + below);
        }
    }

    /**
     * An outcome (category or level) with the lowest total of points that reaches it; {@code minPoints} null means
     * only a hard rule reaches it. The outcome is the one with the highest index whose threshold the total reaches.
     */
    public record Outcome(int index, String code, Text title, Long minPoints) {
    }
}
