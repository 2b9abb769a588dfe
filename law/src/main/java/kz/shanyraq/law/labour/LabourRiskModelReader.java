package kz.shanyraq.law.labour;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.labour.LabourRiskModel.Band;
import kz.shanyraq.law.labour.LabourRiskModel.Condition;
import kz.shanyraq.law.labour.LabourRiskModel.HardTrigger;
import kz.shanyraq.law.labour.LabourRiskModel.Indicator;
import kz.shanyraq.law.labour.LabourRiskModel.Score;
import kz.shanyraq.law.labour.LabourRiskModel.Step;
import kz.shanyraq.law.labour.LabourRiskModel.Version;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a labour-risk model file and refuses anything incomplete or inconsistent before it is used, naming the
 * file, the path of the value and the reason: unknown fields or features, steps or bands out of order, an open
 * last step missing, a trigger naming an unknown band, versions that overlap or leave a gap.
 */
public final class LabourRiskModelReader {

    /** The reference model shipped with the law module. */
    public static final String REFERENCE = "labour-risk-reference.yaml";

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> MODEL = Set.of("id", "title", "status", "note", "sources", "versions");
    private static final Set<String> VERSION = Set.of("from", "to", "note", "sources", "scores");
    private static final Set<String> SCORE = Set.of("code", "title", "bands", "hard-triggers", "indicators");
    private static final Set<String> BAND = Set.of("code", "title", "from-points");
    private static final Set<String> TRIGGER = Set.of("code", "title", "band", "basis", "when");
    private static final Set<String> CONDITION = Set.of("feature", "at-least", "below");
    private static final Set<String> INDICATOR = Set.of("code", "feature", "title", "source", "points");
    private static final Set<String> STEP = Set.of("below", "points");

    private final String file;

    private LabourRiskModelReader(String file) {
        this.file = file;
    }

    /** The shipped reference model. */
    public static LabourRiskModel reference() {
        try (Reader r = new InputStreamReader(LabourRiskModelReader.class.getResourceAsStream(REFERENCE),
                StandardCharsets.UTF_8)) {
            return read(REFERENCE, r);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + REFERENCE, e);
        }
    }

    public static LabourRiskModel read(String fileName, Reader content) {
        return new LabourRiskModelReader(fileName).model(content);
    }

    private LabourRiskModel model(Reader content) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(content);
        } catch (YAMLException e) {
            throw fail("", "not valid YAML: " + e.getMessage());
        }
        Map<String, Object> top = map(root, "", Set.of("model"));
        Map<String, Object> m = map(required(top, "model", ""), "model", MODEL);
        String id = code(required(m, "id", "model"), "model.id");
        Text title = text(required(m, "title", "model"), "model.title");
        String status = string(required(m, "status", "model"), "model.status");
        if (!status.equals("reference") && !status.equals("official")) {
            throw fail("model.status", "must be reference or official, not " + status);
        }
        String note = m.containsKey("note") ? string(m.get("note"), "model.note") : null;
        List<String> sources = strings(m.getOrDefault("sources", List.of()), "model.sources");
        List<Version> versions = new ArrayList<>();
        List<?> vs = list(required(m, "versions", "model"), "model.versions");
        for (int i = 0; i < vs.size(); i++) {
            versions.add(version(vs.get(i), "model.versions[" + i + "]"));
        }
        if (versions.isEmpty()) {
            throw fail("model.versions", "at least one version is needed");
        }
        for (int i = 1; i < versions.size(); i++) {
            Version before = versions.get(i - 1);
            Version v = versions.get(i);
            if (before.to() == null || !before.to().plusDays(1).equals(v.from())) {
                throw fail("model.versions[" + i + "].from", "versions must follow each other without gap or overlap: "
                        + "the version before must end on " + v.from().minusDays(1));
            }
        }
        return new LabourRiskModel(id, title, status, note, sources, versions);
    }

    private Version version(Object node, String path) {
        Map<String, Object> m = map(node, path, VERSION);
        LocalDate from = date(required(m, "from", path), path + ".from");
        LocalDate to = m.get("to") == null ? null : date(m.get("to"), path + ".to");
        if (to != null && to.isBefore(from)) {
            throw fail(path + ".to", "ends before it starts");
        }
        String note = m.containsKey("note") ? string(m.get("note"), path + ".note") : null;
        List<String> sources = strings(m.getOrDefault("sources", List.of()), path + ".sources");
        List<Score> scores = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<?> ss = list(required(m, "scores", path), path + ".scores");
        for (int i = 0; i < ss.size(); i++) {
            Score s = score(ss.get(i), path + ".scores[" + i + "]");
            if (!codes.add(s.code())) {
                throw fail(path + ".scores[" + i + "].code", "score " + s.code() + " twice");
            }
            scores.add(s);
        }
        return new Version(from, to, note, sources, scores);
    }

    private Score score(Object node, String path) {
        Map<String, Object> m = map(node, path, SCORE);
        String code = code(required(m, "code", path), path + ".code");
        Text title = text(required(m, "title", path), path + ".title");
        List<Band> bands = new ArrayList<>();
        List<?> bs = list(required(m, "bands", path), path + ".bands");
        for (int i = 0; i < bs.size(); i++) {
            String p = path + ".bands[" + i + "]";
            Map<String, Object> b = map(bs.get(i), p, BAND);
            Band band = new Band(code(required(b, "code", p), p + ".code"), text(required(b, "title", p), p + ".title"),
                    (int) number(required(b, "from-points", p), p + ".from-points"));
            if (i == 0 && band.fromPoints() != 0) {
                throw fail(p + ".from-points", "the lowest band starts at 0 points");
            }
            if (i > 0 && band.fromPoints() <= bands.get(i - 1).fromPoints()) {
                throw fail(p + ".from-points", "bands must be in ascending order of points");
            }
            bands.add(band);
        }
        if (bands.size() < 2) {
            throw fail(path + ".bands", "at least two bands are needed");
        }
        Set<String> bandCodes = new HashSet<>();
        bands.forEach(b -> bandCodes.add(b.code()));
        List<HardTrigger> triggers = new ArrayList<>();
        List<?> ts = list(m.getOrDefault("hard-triggers", List.of()), path + ".hard-triggers");
        for (int i = 0; i < ts.size(); i++) {
            String p = path + ".hard-triggers[" + i + "]";
            Map<String, Object> t = map(ts.get(i), p, TRIGGER);
            String band = string(required(t, "band", p), p + ".band");
            if (!bandCodes.contains(band)) {
                throw fail(p + ".band", "no band " + band + " in this score");
            }
            List<Condition> when = new ArrayList<>();
            List<?> cs = list(required(t, "when", p), p + ".when");
            for (int j = 0; j < cs.size(); j++) {
                when.add(condition(cs.get(j), p + ".when[" + j + "]"));
            }
            if (when.isEmpty()) {
                throw fail(p + ".when", "a trigger needs at least one condition");
            }
            triggers.add(new HardTrigger(code(required(t, "code", p), p + ".code"), text(required(t, "title", p), p + ".title"),
                    band, string(required(t, "basis", p), p + ".basis"), when));
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> indicatorCodes = new HashSet<>();
        List<?> is = list(required(m, "indicators", path), path + ".indicators");
        for (int i = 0; i < is.size(); i++) {
            String p = path + ".indicators[" + i + "]";
            Indicator indicator = indicator(is.get(i), p);
            if (!indicatorCodes.add(indicator.code())) {
                throw fail(p + ".code", "indicator " + indicator.code() + " twice");
            }
            indicators.add(indicator);
        }
        return new Score(code, title, bands, triggers, indicators);
    }

    private Indicator indicator(Object node, String p) {
        Map<String, Object> m = map(node, p, INDICATOR);
        LabourFeature feature = feature(required(m, "feature", p), p + ".feature");
        List<Step> steps = new ArrayList<>();
        List<?> ss = list(required(m, "points", p), p + ".points");
        for (int i = 0; i < ss.size(); i++) {
            String sp = p + ".points[" + i + "]";
            Map<String, Object> s = map(ss.get(i), sp, STEP);
            Long below = s.get("below") == null ? null : number(s.get("below"), sp + ".below");
            boolean last = i == ss.size() - 1;
            if (last != (below == null)) {
                throw fail(sp + ".below", last ? "the last step has no 'below' (it takes every value above)"
                        : "every step but the last needs 'below'");
            }
            if (below != null && i > 0 && below <= steps.get(i - 1).below()) {
                throw fail(sp + ".below", "steps must be in ascending order");
            }
            steps.add(new Step(below, (int) number(required(s, "points", sp), sp + ".points")));
        }
        if (steps.isEmpty()) {
            throw fail(p + ".points", "at least one step is needed");
        }
        return new Indicator(code(required(m, "code", p), p + ".code"), feature, text(required(m, "title", p), p + ".title"),
                string(required(m, "source", p), p + ".source"), steps);
    }

    private Condition condition(Object node, String p) {
        Map<String, Object> m = map(node, p, CONDITION);
        LabourFeature feature = feature(required(m, "feature", p), p + ".feature");
        Long atLeast = m.get("at-least") == null ? null : number(m.get("at-least"), p + ".at-least");
        Long below = m.get("below") == null ? null : number(m.get("below"), p + ".below");
        if (atLeast == null && below == null) {
            throw fail(p, "a condition needs at-least or below");
        }
        return new Condition(feature, atLeast, below);
    }

    private LabourFeature feature(Object node, String path) {
        String code = string(node, path);
        return LabourFeature.byCode(code).orElseThrow(() -> fail(path, "unknown feature " + code));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object node, String path, Set<String> allowed) {
        if (!(node instanceof Map<?, ?> m)) {
            throw fail(path, "expected a mapping");
        }
        for (Object key : m.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw fail(path.isEmpty() ? String.valueOf(key) : path + "." + key, "unknown field (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        return (Map<String, Object>) m;
    }

    private Object required(Map<String, Object> m, String key, String path) {
        Object v = m.get(key);
        if (v == null) {
            throw fail(path.isEmpty() ? key : path + "." + key, "required");
        }
        return v;
    }

    private List<?> list(Object node, String path) {
        if (!(node instanceof List<?> l)) {
            throw fail(path, "expected a list");
        }
        return l;
    }

    private List<String> strings(Object node, String path) {
        List<String> out = new ArrayList<>();
        List<?> l = list(node, path);
        for (int i = 0; i < l.size(); i++) {
            out.add(string(l.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private String string(Object node, String path) {
        if (!(node instanceof String s) || s.isBlank()) {
            throw fail(path, "expected text");
        }
        return s;
    }

    private String code(Object node, String path) {
        String s = string(node, path);
        if (!CODE.matcher(s).matches()) {
            throw fail(path, "a code is lower-case letters and digits joined by '-', not " + s);
        }
        return s;
    }

    private long number(Object node, String path) {
        if (node instanceof Integer || node instanceof Long) {
            return ((Number) node).longValue();
        }
        throw fail(path, "expected a whole number");
    }

    private LocalDate date(Object node, String path) {
        if (node instanceof Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(string(node, path));
        } catch (java.time.format.DateTimeParseException e) {
            throw fail(path, "expected a date YYYY-MM-DD");
        }
    }

    private Text text(Object node, String path) {
        Map<String, Object> m = map(node, path, Set.of("ru", "kk", "en"));
        return new Text(string(required(m, "ru", path), path + ".ru"), string(required(m, "kk", path), path + ".kk"),
                string(required(m, "en", path), path + ".en"));
    }

    private IllegalArgumentException fail(String path, String reason) {
        return new IllegalArgumentException(file + (path.isEmpty() ? "" : ": " + path) + ": " + reason);
    }
}
