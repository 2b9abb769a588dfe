package kz.shanyraq.law.labour;

import kz.shanyraq.law.explain.Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The degree of risk for the semi-annual preventive-control list, from {@code preventive-control.yaml}: the
 * objective criterion (hazard class of the activity) decides whether an enterprise can be listed; the subjective
 * criteria (its own record, each signal graded gross / significant / minor) give the degree, 0 … 100, a gross signal
 * 100; the listed band selects. Each assessment names its reasons. Legal basis and the status of each number: in the
 * file (Entrepreneurial Code art. 141 and 143, joint order No. 12656).
 */
public final class PreventiveControl {

    public record Criterion(String code, LabourFeature feature, String severity, boolean each, Text title) {
    }

    /** One reason an enterprise has its degree: the criterion, how many signals, the points they gave. */
    public record Reason(String code, Text title, String severity, long signals, int points) {
    }

    /**
     * @param objective the enterprise's activity is hazardous enough to be listed (objective criterion)
     * @param listed    objective criterion met and the degree in the listed band
     */
    public record Assessment(int hazardClass, boolean objective, int degree, String band, boolean listed,
                             List<Reason> reasons) {
    }

    private static final PreventiveControl REFERENCE = load("preventive-control.yaml");

    private final String id;
    private final String status;
    private final List<String> basis;
    private final int objectiveMinHazardClass;
    private final int grossDegree;
    private final int significant;
    private final int minor;
    private final int cap;
    private final List<String> bandCodes;
    private final int[] bandFrom;
    private final String listedBand;
    private final List<Criterion> criteria;

    private PreventiveControl(String id, String status, List<String> basis, int objectiveMinHazardClass, int grossDegree,
                              int significant, int minor, int cap, List<String> bandCodes, int[] bandFrom,
                              String listedBand, List<Criterion> criteria) {
        this.id = id;
        this.status = status;
        this.basis = basis;
        this.objectiveMinHazardClass = objectiveMinHazardClass;
        this.grossDegree = grossDegree;
        this.significant = significant;
        this.minor = minor;
        this.cap = cap;
        this.bandCodes = bandCodes;
        this.bandFrom = bandFrom;
        this.listedBand = listedBand;
        this.criteria = criteria;
    }

    public static PreventiveControl reference() {
        return REFERENCE;
    }

    public String id() {
        return id;
    }

    public String status() {
        return status;
    }

    public List<String> basis() {
        return basis;
    }

    public Assessment assess(EnterpriseFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        boolean gross = false;
        int points = 0;
        for (Criterion c : criteria) {
            long v = c.feature().of(facts, 1);
            if (v == LabourFeature.NO_DATA || v <= 0) {
                continue;
            }
            long signals = c.each() ? v : 1;
            int p = switch (c.severity()) {
                case "gross" -> grossDegree;
                case "significant" -> (int) Math.min(cap, signals * significant);
                default -> (int) Math.min(cap, signals * minor);
            };
            gross |= c.severity().equals("gross");
            points += p;
            reasons.add(new Reason(c.code(), c.title(), c.severity(), signals, p));
        }
        int degree = gross ? grossDegree : Math.min(cap, points);
        String band = bandCodes.get(0);
        for (int b = bandFrom.length - 1; b >= 0; b--) {
            if (degree >= bandFrom[b]) {
                band = bandCodes.get(b);
                break;
            }
        }
        boolean objective = facts.hazardClass() >= objectiveMinHazardClass;
        boolean listed = objective && bandCodes.indexOf(band) >= bandCodes.indexOf(listedBand);
        return new Assessment(facts.hazardClass(), objective, degree, band, listed, reasons);
    }

    @SuppressWarnings("unchecked")
    private static PreventiveControl load(String file) {
        try (Reader r = new InputStreamReader(PreventiveControl.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            Map<String, Object> m = (Map<String, Object>) ((Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(r)).get("preventive-control");
            Map<String, Object> weights = (Map<String, Object>) m.get("weights");
            List<String> codes = new ArrayList<>();
            List<Map<String, Object>> bands = (List<Map<String, Object>>) m.get("bands");
            int[] from = new int[bands.size()];
            for (int i = 0; i < bands.size(); i++) {
                codes.add((String) bands.get(i).get("code"));
                from[i] = ((Number) bands.get(i).get("from")).intValue();
                if (i > 0 && from[i] <= from[i - 1]) {
                    throw new IllegalStateException(file + ": bands must ascend");
                }
            }
            String listed = (String) m.get("listed-band");
            if (!codes.contains(listed)) {
                throw new IllegalStateException(file + ": listed-band " + listed + " is not a band");
            }
            List<Criterion> criteria = new ArrayList<>();
            for (Map<String, Object> c : (List<Map<String, Object>>) m.get("subjective")) {
                String code = (String) c.get("code");
                LabourFeature feature = LabourFeature.byCode((String) c.get("feature"))
                        .orElseThrow(() -> new IllegalStateException(file + ": " + code + ": unknown feature " + c.get("feature")));
                String severity = (String) c.get("severity");
                if (!List.of("gross", "significant", "minor").contains(severity)) {
                    throw new IllegalStateException(file + ": " + code + ": severity must be gross, significant or minor");
                }
                Map<String, String> t = (Map<String, String>) c.get("title");
                criteria.add(new Criterion(code, feature, severity, "each".equals(c.get("count")),
                        new Text(t.get("ru"), t.get("kk"), t.get("en"))));
            }
            return new PreventiveControl((String) m.get("id"), (String) m.get("status"), (List<String>) m.get("basis"),
                    ((Number) m.get("objective-min-hazard-class")).intValue(), ((Number) m.get("gross-degree")).intValue(),
                    ((Number) weights.get("significant")).intValue(), ((Number) weights.get("minor")).intValue(),
                    ((Number) m.get("cap")).intValue(), List.copyOf(codes), from, listed, List.copyOf(criteria));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
