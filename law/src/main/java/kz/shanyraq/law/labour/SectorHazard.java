package kz.shanyraq.law.labour;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The objective criterion: the hazard class (1 … 5) of an economic activity by its ОКЭД division, read from
 * {@code sector-hazard.yaml} (reference classes; the order's appendix was not retrieved).
 */
public final class SectorHazard {

    private static final SectorHazard REFERENCE = load();

    private final int[] classByDivision = new int[100];

    private SectorHazard(int defaultClass) {
        java.util.Arrays.fill(classByDivision, defaultClass);
    }

    public static SectorHazard reference() {
        return REFERENCE;
    }

    /** The class of an ОКЭД code (its first two digits are the division). */
    public int classOf(String oked) {
        if (oked == null || oked.length() < 2 || !Character.isDigit(oked.charAt(0)) || !Character.isDigit(oked.charAt(1))) {
            throw new IllegalArgumentException("ОКЭД code must start with a 2-digit division: " + oked);
        }
        return classByDivision[Integer.parseInt(oked.substring(0, 2))];
    }

    @SuppressWarnings("unchecked")
    private static SectorHazard load() {
        String file = "sector-hazard.yaml";
        try (Reader r = new InputStreamReader(SectorHazard.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            Map<String, Object> root = (Map<String, Object>) ((Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(r)).get("sector-hazard");
            SectorHazard h = new SectorHazard(((Number) root.get("default-class")).intValue());
            boolean[] seen = new boolean[100];
            for (Map<String, Object> d : (List<Map<String, Object>>) root.get("divisions")) {
                int from = Integer.parseInt((String) d.get("from"));
                int to = Integer.parseInt((String) d.get("to"));
                int cls = ((Number) d.get("class")).intValue();
                if (from > to || cls < 1 || cls > 5) {
                    throw new IllegalStateException(file + ": bad division range " + d);
                }
                for (int i = from; i <= to; i++) {
                    if (seen[i]) {
                        throw new IllegalStateException(file + ": division " + i + " in two ranges");
                    }
                    seen[i] = true;
                    h.classByDivision[i] = cls;
                }
            }
            return h;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
