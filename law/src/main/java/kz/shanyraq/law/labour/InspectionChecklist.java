package kz.shanyraq.law.labour;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inspection checklist as data ({@code inspection-checklist.yaml}): each item's code, title in three languages,
 * the grade of a violation of it (gross, significant, minor) and its legal basis. A reference paraphrase: the
 * official checklist (order No. 12656, Appendix 2) was not retrieved.
 */
public final class InspectionChecklist {

    public static final Set<String> SEVERITIES = Set.of("gross", "significant", "minor");

    /** One item of the checklist. */
    public record Item(String code, String severity, String basis, String titleRu, String titleKk, String titleEn) {
        public String title(String lang) {
            return "kk".equals(lang) ? titleKk : "en".equals(lang) ? titleEn : titleRu;
        }
    }

    private static final InspectionChecklist REFERENCE = load("inspection-checklist.yaml");

    private final String id;
    private final String status;
    private final List<String> basis;
    private final Map<String, Item> items;

    private InspectionChecklist(String id, String status, List<String> basis, Map<String, Item> items) {
        this.id = id;
        this.status = status;
        this.basis = basis;
        this.items = items;
    }

    public static InspectionChecklist reference() {
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

    public List<Item> items() {
        return List.copyOf(items.values());
    }

    public Optional<Item> item(String code) {
        return Optional.ofNullable(code == null ? null : items.get(code));
    }

    @SuppressWarnings("unchecked")
    private static InspectionChecklist load(String file) {
        try (Reader r = new InputStreamReader(InspectionChecklist.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            Map<String, Object> root = (Map<String, Object>) ((Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(r)).get("checklist");
            Map<String, Item> items = new LinkedHashMap<>();
            for (Map<String, Object> m : (List<Map<String, Object>>) root.get("items")) {
                String code = (String) m.get("code");
                String severity = (String) m.get("severity");
                String basis = (String) m.get("basis");
                Map<String, String> title = (Map<String, String>) m.get("title");
                if (code == null || !code.matches("[a-z0-9-]{1,60}") || !SEVERITIES.contains(severity)
                        || basis == null || basis.isBlank() || title == null
                        || title.get("ru") == null || title.get("kk") == null || title.get("en") == null) {
                    throw new IllegalStateException(file + ": item needs a code, a severity (gross, significant, "
                            + "minor), a basis and a title in ru, kk, en: " + m);
                }
                if (items.put(code, new Item(code, severity, basis, title.get("ru"), title.get("kk"), title.get("en"))) != null) {
                    throw new IllegalStateException(file + ": item " + code + " twice");
                }
            }
            return new InspectionChecklist((String) root.get("id"), (String) root.get("status"),
                    new ArrayList<>((List<String>) root.get("basis")), items);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
