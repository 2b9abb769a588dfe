package kz.shanyraq.law.parameter;

import kz.shanyraq.law.explain.Text;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one parameter file (YAML, written to be read by a lawyer) and validates it completely: every
 * problem is reported with the file, the line and the parameter. The format is documented in
 * {@code docs/law/parameter-files.md}.
 */
public final class ParameterFileReader {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Set<String> PARAMETER_KEYS = Set.of("name", "title", "unit", "keyed-by", "versions", "note");
    private static final Set<String> VERSION_KEYS =
            Set.of("from", "to", "value", "values", "status", "act", "article", "sources", "note", "derived-from",
                    "retroactive");

    private final String file;

    private ParameterFileReader(String file) {
        this.file = file;
    }

    /** Reads all parameters of one file. */
    public static List<Parameter> read(String fileName, Reader content) {
        return new ParameterFileReader(fileName).readAll(content);
    }

    private List<Parameter> readAll(Reader content) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(content);
        } catch (MarkedYAMLException e) {
            throw new ParameterFileException(file, e.getProblemMark().getLine() + 1, null,
                    "not valid YAML: " + e.getProblem());
        }
        if (root == null) {
            throw new ParameterFileException(file, 1, null, "the file is empty");
        }
        Map<String, Node> top = mapping(root, null, Set.of("parameters"));
        Node list = required(top, "parameters", root, null);
        if (!(list instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw error(list, null, "'parameters' must be a non-empty list");
        }
        List<Parameter> result = new ArrayList<>();
        for (Node p : seq.getValue()) {
            result.add(parameter(p));
        }
        return result;
    }

    private Parameter parameter(Node node) {
        Map<String, Node> m = mapping(node, null, PARAMETER_KEYS);
        String name = scalar(required(m, "name", node, null), null);
        if (!NAME.matcher(name).matches()) {
            throw error(m.get("name"), name, "name must be lower-case words joined by '.' or '-'");
        }
        Text title = title(required(m, "title", node, name), name);
        Node unitNode = required(m, "unit", node, name);
        Unit unit;
        try {
            unit = Unit.fromCode(scalar(unitNode, name));
        } catch (IllegalArgumentException e) {
            throw error(unitNode, name, e.getMessage());
        }
        String keyedBy = m.containsKey("keyed-by") ? scalar(m.get("keyed-by"), name) : null;
        Node versionsNode = required(m, "versions", node, name);
        if (!(versionsNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw error(versionsNode, name, "'versions' must be a non-empty list");
        }
        List<ParameterVersion> versions = new ArrayList<>();
        for (Node v : seq.getValue()) {
            versions.add(version(v, name, unit, keyedBy));
        }
        checkContinuity(versions, name);
        return new Parameter(name, title, unit, keyedBy, versions);
    }

    private ParameterVersion version(Node node, String name, Unit unit, String keyedBy) {
        Map<String, Node> m = mapping(node, name, VERSION_KEYS);
        LocalDate from = date(required(m, "from", node, name), name);
        LocalDate to = m.containsKey("to") ? date(m.get("to"), name) : null;
        if (to != null && to.isBefore(from)) {
            throw error(m.get("to"), name, "'to' " + to + " is before 'from' " + from);
        }
        Node statusNode = required(m, "status", node, name);
        SourceStatus status;
        try {
            status = SourceStatus.fromCode(scalar(statusNode, name));
        } catch (IllegalArgumentException e) {
            throw error(statusNode, name, e.getMessage());
        }
        String act = scalar(required(m, "act", node, name), name);
        if (act.isBlank()) {
            throw error(m.get("act"), name, "missing legal reference: 'act' is empty");
        }
        String article = m.containsKey("article") ? scalar(m.get("article"), name) : null;
        List<String> sources = m.containsKey("sources") ? strings(m.get("sources"), name) : List.of();
        String note = m.containsKey("note") ? scalar(m.get("note"), name) : null;
        String derivedFrom = m.containsKey("derived-from") ? scalar(m.get("derived-from"), name) : null;
        String retroactive = m.containsKey("retroactive") ? scalar(m.get("retroactive"), name) : null;
        if (status == SourceStatus.DERIVED && (derivedFrom == null || derivedFrom.isBlank())) {
            throw error(node, name, "a derived value needs 'derived-from' saying what it was derived from");
        }
        if (status != SourceStatus.DERIVED && derivedFrom != null) {
            throw error(m.get("derived-from"), name, "'derived-from' is only for status 'derived'");
        }

        Object value = null;
        Map<String, Object> values = null;
        if (m.containsKey("value") && m.containsKey("values")) {
            throw error(node, name, "a version has either 'value' or 'values', not both");
        }
        if (status == SourceStatus.UNKNOWN) {
            if (m.containsKey("value") || m.containsKey("values")) {
                throw error(node, name, "status 'unknown' must not carry a value: record what the law gives or nothing");
            }
            if (note == null || note.isBlank()) {
                throw error(node, name, "an unknown value needs a 'note' saying what is missing and where to look");
            }
        } else {
            if (sources.isEmpty()) {
                throw error(node, name, "missing reference: 'sources' must name where the value was read");
            }
            if (m.containsKey("value")) {
                value = typed(m.get("value"), name, unit);
            } else if (m.containsKey("values")) {
                if (keyedBy == null) {
                    throw error(m.get("values"), name, "'values' needs 'keyed-by' on the parameter");
                }
                values = keyedValues(m.get("values"), name, unit);
            } else {
                throw error(node, name, "missing 'value' (or 'values'); if the law's value is not known use status 'unknown'");
            }
        }
        return new ParameterVersion(name, unit, keyedBy, from, to, value, values, status,
                new LegalReference(act, article, sources), note, derivedFrom, retroactive,
                new SourceLocation(file, line(node)));
    }

    private void checkContinuity(List<ParameterVersion> versions, String name) {
        for (int i = 1; i < versions.size(); i++) {
            ParameterVersion prev = versions.get(i - 1);
            ParameterVersion next = versions.get(i);
            if (!next.from().isAfter(prev.from())) {
                throw new ParameterFileException(file, next.location().line(), name,
                        "versions out of order or overlapping: " + next.from() + " does not follow " + prev.from());
            }
            if (prev.to() != null) {
                if (!prev.to().isBefore(next.from())) {
                    throw new ParameterFileException(file, next.location().line(), name,
                            "overlapping periods: version from " + next.from() + " starts before the previous one ends ("
                                    + prev.to() + ")");
                }
                if (!prev.to().plusDays(1).equals(next.from())) {
                    throw new ParameterFileException(file, next.location().line(), name,
                            "missing period: nothing covers " + prev.to().plusDays(1) + " to " + next.from().minusDays(1)
                                    + " (record it with status 'unknown' if the law's value is not known)");
                }
            }
        }
        // Close each version at the start of the next one.
        for (int i = 0; i < versions.size() - 1; i++) {
            ParameterVersion v = versions.get(i);
            if (v.to() == null) {
                versions.set(i, new ParameterVersion(v.name(), v.unit(), v.keyedBy(), v.from(),
                        versions.get(i + 1).from().minusDays(1), v.value(), v.values(), v.status(), v.reference(),
                        v.note(), v.derivedFrom(), v.retroactive(), v.location()));
            }
        }
    }

    private Object typed(Node node, String name, Unit unit) {
        if (node instanceof ScalarNode s && "unknown".equals(s.getValue())) {
            return ParameterVersion.UNKNOWN;
        }
        return switch (unit.kind()) {
            case NUMBER -> {
                String text = scalar(node, name);
                try {
                    BigDecimal n = new BigDecimal(text.replace("_", ""));
                    if (n.signum() < 0) {
                        throw error(node, name, "value must not be negative: " + text);
                    }
                    yield n;
                } catch (NumberFormatException e) {
                    throw error(node, name, "value '" + text + "' is not a number (unit " + unit.code() + ")");
                }
            }
            case FLAG -> {
                String text = scalar(node, name);
                if (!text.equals("true") && !text.equals("false")) {
                    throw error(node, name, "value '" + text + "' must be true or false (unit flag)");
                }
                yield Boolean.valueOf(text);
            }
            case CODES -> strings(node, name);
            case ROUNDING -> {
                try {
                    yield Rounding.fromCode(scalar(node, name));
                } catch (IllegalArgumentException e) {
                    throw error(node, name, e.getMessage());
                }
            }
        };
    }

    private Map<String, Object> keyedValues(Node node, String name, Unit unit) {
        if (!(node instanceof MappingNode mn)) {
            throw error(node, name, "'values' must be a mapping of key: value");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String key = scalar(t.getKeyNode(), name);
            if (result.put(key, typed(t.getValueNode(), name, unit)) != null) {
                throw error(t.getKeyNode(), name, "key '" + key + "' appears twice");
            }
        }
        if (result.isEmpty()) {
            throw error(node, name, "'values' is empty");
        }
        return result;
    }

    private Text title(Node node, String name) {
        Map<String, Node> m = mapping(node, name, Set.of("ru", "kk", "en"));
        String ru = scalar(required(m, "ru", node, name), name);
        String en = scalar(required(m, "en", node, name), name);
        String kk = m.containsKey("kk") ? scalar(m.get("kk"), name) : ru;
        return new Text(ru, kk, en);
    }

    private Map<String, Node> mapping(Node node, String name, Set<String> allowed) {
        if (!(node instanceof MappingNode mn)) {
            throw error(node, name, "expected a mapping");
        }
        Map<String, Node> result = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String key = scalar(t.getKeyNode(), name);
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), name, "unknown field '" + key + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            result.put(key, t.getValueNode());
        }
        return result;
    }

    private Node required(Map<String, Node> m, String key, Node owner, String name) {
        Node n = m.get(key);
        if (n == null) {
            throw error(owner, name, "missing field '" + key + "'");
        }
        return n;
    }

    private String scalar(Node node, String name) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, name, "expected a single value");
        }
        return s.getValue();
    }

    private List<String> strings(Node node, String name) {
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, name, "expected a list");
        }
        return seq.getValue().stream().map(n -> scalar(n, name)).toList();
    }

    private LocalDate date(Node node, String name) {
        String text = scalar(node, name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node, name, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private ParameterFileException error(Node node, String name, String problem) {
        return new ParameterFileException(file, line(node), name, problem);
    }
}
