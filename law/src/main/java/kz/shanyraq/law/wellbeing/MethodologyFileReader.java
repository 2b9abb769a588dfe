package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.wellbeing.Methodology.Band;
import kz.shanyraq.law.wellbeing.Methodology.Condition;
import kz.shanyraq.law.wellbeing.Methodology.Criterion;
import kz.shanyraq.law.wellbeing.Methodology.HardRule;
import kz.shanyraq.law.wellbeing.Methodology.MethodologyVersion;
import kz.shanyraq.law.wellbeing.Methodology.Outcome;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one methodology file (YAML, written to be read by an analyst) and validates it completely before anything
 * is used: unknown fields and features, bands out of order, thresholds that leave totals without an outcome,
 * overlapping or unordered versions, hard rules naming an unknown outcome. Each problem names the file, the line,
 * the field and the reason. The format: docs/law/wellbeing.md and {@code schema/wellbeing-methodology.schema.json}.
 */
public final class MethodologyFileReader {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP = Set.of("methodology");
    private static final Set<String> METHODOLOGY = Set.of("id", "title", "status", "note", "sources", "versions");
    private static final Set<String> VERSION = Set.of("from", "to", "status", "sources", "note", "criteria",
            "hard-rules", "outcomes");
    private static final Set<String> CRITERION = Set.of("code", "group", "feature", "title", "bands", "note");
    private static final Set<String> BAND = Set.of("below", "points");
    private static final Set<String> RULE = Set.of("code", "title", "outcome", "when", "note");
    private static final Set<String> CONDITION = Set.of("feature", "at-least", "below");
    private static final Set<String> OUTCOME = Set.of("code", "title", "min-points", "note");
    /** What a methodology may say about where it comes from. */
    static final Set<String> STATUSES = Set.of("reference", "official");

    private final String file;

    private MethodologyFileReader(String file) {
        this.file = file;
    }

    public static Methodology read(String fileName, Reader content) {
        return new MethodologyFileReader(fileName).readAll(content);
    }

    private Methodology readAll(Reader content) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(content);
        } catch (MarkedYAMLException e) {
            throw new MethodologyFileException(file, e.getProblemMark().getLine() + 1, null,
                    "not valid YAML: " + e.getProblem());
        }
        if (root == null) {
            throw new MethodologyFileException(file, 1, null, "the file is empty");
        }
        Map<String, Node> top = mapping(root, "", TOP);
        Node node = required(top, "methodology", root, "");
        Map<String, Node> m = mapping(node, "methodology", METHODOLOGY);
        String id = code(required(m, "id", node, "methodology"), "id");
        Text title = title(required(m, "title", node, "methodology"), "title");
        String status = status(required(m, "status", node, "methodology"), "status");
        String note = m.containsKey("note") ? scalar(m.get("note"), "note") : null;
        List<String> sources = m.containsKey("sources") ? strings(m.get("sources"), "sources") : List.of();
        Node versionsNode = required(m, "versions", node, "methodology");
        List<Node> versionNodes = list(versionsNode, "versions", true);
        List<MethodologyVersion> versions = new ArrayList<>();
        for (int i = 0; i < versionNodes.size(); i++) {
            MethodologyVersion v = version(versionNodes.get(i), "versions[" + i + "]");
            if (!versions.isEmpty()) {
                MethodologyVersion before = versions.get(versions.size() - 1);
                if (before.to() == null || !before.to().isBefore(v.from())) {
                    throw error(versionNodes.get(i), "versions[" + i + "].from", "version from " + v.from()
                            + " overlaps the version before it (from " + before.from() + ", to "
                            + (before.to() == null ? "open" : before.to()) + "): versions must be in order, without overlap");
                }
            }
            versions.add(v);
        }
        return new Methodology(id, title, status, note, sources, file, versions);
    }

    private MethodologyVersion version(Node node, String at) {
        Map<String, Node> m = mapping(node, at, VERSION);
        LocalDate from = date(required(m, "from", node, at), at + ".from");
        LocalDate to = m.containsKey("to") ? date(m.get("to"), at + ".to") : null;
        if (to != null && to.isBefore(from)) {
            throw error(m.get("to"), at + ".to", "'to' " + to + " is before 'from' " + from);
        }
        String status = status(required(m, "status", node, at), at + ".status");
        List<String> sources = m.containsKey("sources") ? strings(m.get("sources"), at + ".sources") : List.of();
        String note = m.containsKey("note") ? scalar(m.get("note"), at + ".note") : null;

        List<Node> outcomeNodes = list(required(m, "outcomes", node, at), at + ".outcomes", true);
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> outcomeCodes = new HashSet<>();
        Long lastMin = null;
        for (int i = 0; i < outcomeNodes.size(); i++) {
            String oat = at + ".outcomes[" + i + "]";
            Node on = outcomeNodes.get(i);
            Map<String, Node> o = mapping(on, oat, OUTCOME);
            String code = scalar(required(o, "code", on, oat), oat + ".code");
            if (code.isBlank() || !outcomeCodes.add(code)) {
                throw error(o.get("code"), oat + ".code", "outcome code '" + code + "' is empty or appears twice");
            }
            Long min = o.containsKey("min-points") ? number(o.get("min-points"), oat + ".min-points") : null;
            if (min != null && lastMin != null && min <= lastMin) {
                throw error(o.get("min-points"), oat + ".min-points", "thresholds must rise with the outcome: "
                        + min + " is not above " + lastMin + " of an earlier outcome");
            }
            lastMin = min == null ? lastMin : min;
            outcomes.add(new Outcome(i + 1, code, title(required(o, "title", on, oat), oat + ".title"), min));
        }
        if (lastMin == null) {
            throw error(node, at + ".outcomes", "no outcome has 'min-points': totals of points would reach none");
        }

        List<Node> criterionNodes = list(required(m, "criteria", node, at), at + ".criteria", true);
        List<Criterion> criteria = new ArrayList<>();
        Set<String> criterionCodes = new HashSet<>();
        long lowest = 0;
        for (int i = 0; i < criterionNodes.size(); i++) {
            Criterion c = criterion(criterionNodes.get(i), at + ".criteria[" + i + "]");
            if (!criterionCodes.add(c.code())) {
                throw error(criterionNodes.get(i), at + ".criteria[" + i + "].code", "criterion '" + c.code()
                        + "' appears twice");
            }
            lowest += c.bands().stream().mapToInt(Band::points).min().orElse(0);
            criteria.add(c);
        }
        long lowestThreshold = outcomes.stream().filter(o -> o.minPoints() != null).mapToLong(Outcome::minPoints)
                .min().orElseThrow();
        if (lowestThreshold > lowest) {
            throw error(node, at + ".outcomes", "the lowest possible total, " + lowest
                    + " points, reaches no outcome (the lowest 'min-points' is " + lowestThreshold + ")");
        }

        List<HardRule> rules = new ArrayList<>();
        if (m.containsKey("hard-rules")) {
            List<Node> ruleNodes = list(m.get("hard-rules"), at + ".hard-rules", false);
            Set<String> ruleCodes = new HashSet<>();
            for (int i = 0; i < ruleNodes.size(); i++) {
                String rat = at + ".hard-rules[" + i + "]";
                Node rn = ruleNodes.get(i);
                Map<String, Node> r = mapping(rn, rat, RULE);
                String code = code(required(r, "code", rn, rat), rat + ".code");
                if (!ruleCodes.add(code)) {
                    throw error(r.get("code"), rat + ".code", "rule '" + code + "' appears twice");
                }
                String outcome = scalar(required(r, "outcome", rn, rat), rat + ".outcome");
                if (!outcomeCodes.contains(outcome)) {
                    throw error(r.get("outcome"), rat + ".outcome", "unknown outcome '" + outcome + "' (known: "
                            + String.join(", ", outcomes.stream().map(Outcome::code).toList()) + ")");
                }
                List<Node> condNodes = list(required(r, "when", rn, rat), rat + ".when", true);
                List<Condition> when = new ArrayList<>();
                for (int j = 0; j < condNodes.size(); j++) {
                    String cat = rat + ".when[" + j + "]";
                    Node cn = condNodes.get(j);
                    Map<String, Node> cm = mapping(cn, cat, CONDITION);
                    Feature f = feature(required(cm, "feature", cn, cat), cat + ".feature");
                    Long atLeast = cm.containsKey("at-least") ? number(cm.get("at-least"), cat + ".at-least") : null;
                    Long below = cm.containsKey("below") ? number(cm.get("below"), cat + ".below") : null;
                    if (atLeast == null && below == null) {
                        throw error(cn, cat, "a condition needs 'at-least', 'below' or both");
                    }
                    if (atLeast != null && below != null && below <= atLeast) {
                        throw error(cn, cat, "'below' " + below + " must be above 'at-least' " + atLeast
                                + " (no value would satisfy it)");
                    }
                    when.add(new Condition(f, atLeast, below));
                }
                rules.add(new HardRule(code, title(required(r, "title", rn, rat), rat + ".title"), outcome, when,
                        line(rn)));
            }
        }
        return new MethodologyVersion(from, to, status, sources, note, criteria, rules, outcomes, line(node));
    }

    private Criterion criterion(Node node, String at) {
        Map<String, Node> m = mapping(node, at, CRITERION);
        String code = code(required(m, "code", node, at), at + ".code");
        String group = code(required(m, "group", node, at), at + ".group");
        Feature feature = feature(required(m, "feature", node, at), at + ".feature");
        Text title = title(required(m, "title", node, at), at + ".title");
        List<Node> bandNodes = list(required(m, "bands", node, at), at + ".bands", true);
        List<Band> bands = new ArrayList<>();
        Long last = null;
        for (int i = 0; i < bandNodes.size(); i++) {
            String bat = at + ".bands[" + i + "]";
            Node bn = bandNodes.get(i);
            Map<String, Node> b = mapping(bn, bat, BAND);
            Long below = b.containsKey("below") ? number(b.get("below"), bat + ".below") : null;
            boolean lastBand = i == bandNodes.size() - 1;
            if (lastBand && below != null) {
                throw error(bn, bat, "the last band must have no 'below' (it takes every value above the others)");
            }
            if (!lastBand && below == null) {
                throw error(bn, bat, "only the last band may omit 'below'");
            }
            if (below != null && last != null && below <= last) {
                throw error(b.get("below"), bat + ".below", "bands must rise: " + below + " is not above " + last);
            }
            last = below == null ? last : below;
            long points = number(required(b, "points", bn, bat), bat + ".points");
            if (points < Integer.MIN_VALUE || points > Integer.MAX_VALUE) {
                throw error(b.get("points"), bat + ".points", "points out of range");
            }
            bands.add(new Band(below, (int) points));
        }
        return new Criterion(code, group, feature, title, bands, line(node));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Feature feature(Node node, String at) {
        String code = scalar(node, at);
        try {
            return Feature.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw error(node, at, "unknown feature '" + code + "' (see docs/law/wellbeing.md for the feature list)");
        }
    }

    private String status(Node node, String at) {
        String s = scalar(node, at);
        if (!STATUSES.contains(s)) {
            throw error(node, at, "unknown status '" + s + "' (expected reference or official)");
        }
        return s;
    }

    private String code(Node node, String at) {
        String s = scalar(node, at);
        if (!CODE.matcher(s).matches()) {
            throw error(node, at, "'" + s + "' must be lower-case words joined by '-'");
        }
        return s;
    }

    private long number(Node node, String at) {
        String s = scalar(node, at);
        try {
            return Long.parseLong(s.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error(node, at, "'" + s + "' is not a whole number");
        }
    }

    private Text title(Node node, String at) {
        Map<String, Node> m = mapping(node, at, Set.of("ru", "kk", "en"));
        return new Text(scalar(required(m, "ru", node, at), at + ".ru"), scalar(required(m, "kk", node, at), at + ".kk"),
                scalar(required(m, "en", node, at), at + ".en"));
    }

    private List<Node> list(Node node, String at, boolean nonEmpty) {
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, at, "expected a list");
        }
        if (nonEmpty && seq.getValue().isEmpty()) {
            throw error(node, at, "must not be empty");
        }
        return seq.getValue();
    }

    private Map<String, Node> mapping(Node node, String at, Set<String> allowed) {
        if (!(node instanceof MappingNode mn)) {
            throw error(node, at, "expected a mapping");
        }
        Map<String, Node> result = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String key = scalar(t.getKeyNode(), at);
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), at.isEmpty() ? key : at + "." + key, "unknown field '" + key
                        + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (result.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), at + "." + key, "field appears twice");
            }
        }
        return result;
    }

    private Node required(Map<String, Node> m, String key, Node owner, String at) {
        Node n = m.get(key);
        if (n == null) {
            throw error(owner, at.isEmpty() ? key : at + "." + key, "missing field '" + key + "'");
        }
        return n;
    }

    private String scalar(Node node, String at) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, at, "expected a single value");
        }
        return s.getValue();
    }

    private List<String> strings(Node node, String at) {
        return list(node, at, false).stream().map(n -> scalar(n, at)).toList();
    }

    private LocalDate date(Node node, String at) {
        String text = scalar(node, at);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node, at, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private MethodologyFileException error(Node node, String at, String problem) {
        return new MethodologyFileException(file, line(node), at == null || at.isEmpty() ? null : at, problem);
    }
}
