package kz.shanyraq.law.region;

import kz.shanyraq.law.parameter.SourceLocation;
import kz.shanyraq.law.parameter.SourceStatus;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one regional-figure file and validates it completely; every problem names the file, the line and the
 * field. The format, for a reader who is a lawyer or a statistician:
 *
 * <pre>
 * provenance: official            # official | operator | computed | synthetic — one per file, kept apart
 * note: optional words about the whole file
 * regional-figures:
 *   - figure: subsistence-minimum # subsistence-minimum | median-income | poverty-line (₸ per person per month)
 *     period: month               # month (keys YYYY-MM) | quarter (keys YYYY-Qn)
 *     status: unverified          # official | corroborated | unverified | unknown (legend of legal-parameters.md)
 *     act: optional legal act or publication
 *     sources: [S52]              # required, except for synthetic files
 *     note: what the figures are; required when a value is unknown and for computed figures
 *     values:
 *       2025-08:                  # the period
 *         KZ: 62180               # KZ = the whole country; KZ-10 … KZ-79 = the 20 regions
 *         KZ-47: 73276
 *         others: unknown         # every region not listed for this period: a recorded gap
 * </pre>
 *
 * A poverty line is given for the quarter of application it applies to; subsistence minimum and median income
 * for the quarter (or month) they were measured in.
 */
public final class RegionalFileReader {

    /** The top-level key that marks a regional-figure file (parameter files start with {@code parameters:}). */
    public static final String TOP_KEY = "regional-figures";
    /** A regional-figure file in a folder of parameter files is recognised by its top-level key. */
    public static final Pattern MARKER = Pattern.compile("(?m)^regional-figures\\s*:");

    private static final String OTHERS = "others";
    private static final Set<String> FILE_KEYS = Set.of("provenance", "note", TOP_KEY);
    private static final Set<String> SERIES_KEYS =
            Set.of("figure", "period", "status", "act", "sources", "note", "values");

    private final String file;

    private RegionalFileReader(String file) {
        this.file = file;
    }

    /** Whether a file's text is a regional-figure file rather than a parameter file. */
    public static boolean isRegionalFile(String content) {
        return MARKER.matcher(content).find();
    }

    public static RegionalFile read(String fileName, Reader content) {
        return new RegionalFileReader(fileName).readAll(content);
    }

    private RegionalFile readAll(Reader content) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(content);
        } catch (MarkedYAMLException e) {
            throw new RegionalFileException(file, e.getProblemMark().getLine() + 1, null,
                    "not valid YAML: " + e.getProblem());
        }
        if (root == null) {
            throw new RegionalFileException(file, 1, null, "the file is empty");
        }
        Map<String, Node> top = mapping(root, null, FILE_KEYS);
        Node provenanceNode = required(top, "provenance", root, null);
        Provenance provenance;
        try {
            provenance = Provenance.fromCode(scalar(provenanceNode, "provenance"));
        } catch (IllegalArgumentException e) {
            throw error(provenanceNode, "provenance", e.getMessage());
        }
        String fileNote = top.containsKey("note") ? scalar(top.get("note"), "note") : null;
        Node list = required(top, TOP_KEY, root, null);
        if (!(list instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw error(list, TOP_KEY, "'" + TOP_KEY + "' must be a non-empty list");
        }
        List<RegionalFigure> figures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            series(seq.getValue().get(i), TOP_KEY + "[" + (i + 1) + "]", provenance, fileNote, figures, seen);
        }
        return new RegionalFile(file, provenance, figures);
    }

    private void series(Node node, String path, Provenance provenance, String fileNote, List<RegionalFigure> out,
                        Set<String> seen) {
        Map<String, Node> m = mapping(node, path, SERIES_KEYS);
        Node kindNode = required(m, "figure", node, path);
        FigureKind kind;
        try {
            kind = FigureKind.fromCode(scalar(kindNode, path + ".figure"));
        } catch (IllegalArgumentException e) {
            throw error(kindNode, path + ".figure", e.getMessage());
        }
        Node periodNode = required(m, "period", node, path);
        String periodType = scalar(periodNode, path + ".period");
        if (!periodType.equals("month") && !periodType.equals("quarter")) {
            throw error(periodNode, path + ".period", "must be 'month' or 'quarter', not '" + periodType + "'");
        }
        if (kind == FigureKind.POVERTY_LINE && periodType.equals("month")) {
            throw error(periodNode, path + ".period", "a poverty line is set per quarter of application: use 'quarter'");
        }
        Node statusNode = required(m, "status", node, path);
        SourceStatus status;
        try {
            status = SourceStatus.fromCode(scalar(statusNode, path + ".status"));
        } catch (IllegalArgumentException e) {
            throw error(statusNode, path + ".status", e.getMessage());
        }
        List<String> sources = m.containsKey("sources") ? strings(m.get("sources"), path + ".sources") : List.of();
        if (m.containsKey("act") && scalar(m.get("act"), path + ".act").isBlank()) {
            throw error(m.get("act"), path + ".act", "'act' is empty");
        }
        String note = m.containsKey("note") ? scalar(m.get("note"), path + ".note") : null;
        if (provenance != Provenance.SYNTHETIC && sources.isEmpty() && status != SourceStatus.UNKNOWN) {
            throw error(node, path + ".sources", "missing reference: 'sources' must name where the figures were read"
                    + " (only synthetic files may go without)");
        }
        if (provenance == Provenance.SYNTHETIC && blank(note) && blank(fileNote)) {
            throw error(node, path + ".note", "synthetic figures need a 'note' saying what they are made up for");
        }
        if (provenance == Provenance.COMPUTED && blank(note)) {
            throw error(node, path + ".note", "computed figures need a 'note' saying how they were computed");
        }
        Node valuesNode = required(m, "values", node, path);
        if (!(valuesNode instanceof MappingNode periods) || periods.getValue().isEmpty()) {
            throw error(valuesNode, path + ".values", "'values' must be a mapping of period: {region: value}");
        }
        String fullNote = blank(note) ? fileNote : note;
        Set<String> periodsSeen = new HashSet<>();
        boolean anyUnknown = false;
        for (NodeTuple p : periods.getValue()) {
            String periodText = scalar(p.getKeyNode(), path + ".values");
            String periodPath = path + ".values." + periodText;
            FigurePeriod period;
            try {
                period = FigurePeriod.parse(periodText);
            } catch (IllegalArgumentException e) {
                throw error(p.getKeyNode(), periodPath, e.getMessage());
            }
            if (period.isQuarter() != periodType.equals("quarter")) {
                throw error(p.getKeyNode(), periodPath, "'" + periodText + "' is not a " + periodType
                        + " (write " + (periodType.equals("quarter") ? "YYYY-Qn" : "YYYY-MM") + ")");
            }
            if (!periodsSeen.add(period.toString())) {
                throw error(p.getKeyNode(), periodPath, "period appears twice in this list");
            }
            if (!(p.getValueNode() instanceof MappingNode regions) || regions.getValue().isEmpty()) {
                throw error(p.getValueNode(), periodPath, "expected a mapping of region: value");
            }
            Set<String> listed = new HashSet<>();
            Node others = null;
            for (NodeTuple r : regions.getValue()) {
                String region = scalar(r.getKeyNode(), periodPath);
                String fieldPath = periodPath + "." + region;
                if (!listed.add(region)) {
                    throw error(r.getKeyNode(), fieldPath, "region appears twice for this period");
                }
                if (region.equals(OTHERS)) {
                    if (!"unknown".equals(scalar(r.getValueNode(), fieldPath))) {
                        throw error(r.getValueNode(), fieldPath, "'others' may only be 'unknown' (a recorded gap)");
                    }
                    others = r.getKeyNode();
                    continue;
                }
                if (!region.equals(Regions.NATIONAL) && !Regions.isRegion(region)) {
                    throw error(r.getKeyNode(), fieldPath, "'" + region + "' is not a region code (KZ for the country, "
                            + "or one of " + String.join(", ", Regions.codes()) + ")");
                }
                BigDecimal value = value(r.getValueNode(), fieldPath);
                if (value != null && status == SourceStatus.UNKNOWN) {
                    throw error(r.getValueNode(), fieldPath, "status 'unknown' must not carry a value");
                }
                anyUnknown |= value == null;
                add(out, seen, r.getKeyNode(), fieldPath, new RegionalFigure(kind, region, period, value, provenance,
                        status, sources, fullNote, new SourceLocation(file, line(r.getKeyNode()))));
            }
            if (others != null) {
                anyUnknown = true;
                for (String region : Regions.codes()) {
                    if (!listed.contains(region)) {
                        add(out, seen, others, periodPath + "." + OTHERS, new RegionalFigure(kind, region, period,
                                null, provenance, status, sources, fullNote, new SourceLocation(file, line(others))));
                    }
                }
            }
        }
        if (anyUnknown && blank(note)) {
            throw error(node, path + ".note", "unknown figures need a 'note' saying what is missing and where to look");
        }
    }

    private void add(List<RegionalFigure> out, Set<String> seen, Node at, String path, RegionalFigure f) {
        if (!seen.add(f.kind().code() + " " + f.region() + " " + f.period())) {
            throw error(at, path, f.describe() + " is given twice in this file");
        }
        out.add(f);
    }

    private BigDecimal value(Node node, String path) {
        String text = scalar(node, path);
        if (text.equals("unknown")) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(text.replace("_", ""));
            if (n.signum() <= 0) {
                throw error(node, path, "a figure must be positive: " + text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(node, path, "'" + text + "' is not a number of tenge (or 'unknown')");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
        if (!(node instanceof MappingNode mn)) {
            throw error(node, path, "expected a mapping");
        }
        Map<String, Node> result = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String key = scalar(t.getKeyNode(), path);
            String keyPath = path == null ? key : path + "." + key;
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), keyPath, "unknown field '" + key + "' (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (result.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), keyPath, "field appears twice");
            }
        }
        return result;
    }

    private Node required(Map<String, Node> m, String key, Node owner, String path) {
        Node n = m.get(key);
        if (n == null) {
            throw error(owner, path == null ? key : path + "." + key, "missing field '" + key + "'");
        }
        return n;
    }

    private String scalar(Node node, String path) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, path, "expected a single value");
        }
        return s.getValue();
    }

    private List<String> strings(Node node, String path) {
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, path, "expected a list");
        }
        return seq.getValue().stream().map(n -> scalar(n, path)).toList();
    }

    private int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private RegionalFileException error(Node node, String path, String problem) {
        return new RegionalFileException(file, line(node), path, problem);
    }
}
