package kz.shanyraq.law.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Finds the fields of a JSON Schema that a reader would find undocumented. */
public final class SchemaDocumentation {

    private SchemaDocumentation() {
    }

    /**
     * Every property without a description, and every value property (not an object or array) without
     * examples or an enumeration of its values; a property's {@code $ref} into {@code $defs} counts.
     */
    public static List<String> gaps(JsonNode schema) {
        List<String> gaps = new ArrayList<>();
        walk(schema, schema, "", gaps);
        return gaps;
    }

    private static void walk(JsonNode root, JsonNode node, String at, List<String> gaps) {
        if (node.isObject()) {
            JsonNode properties = node.path("properties");
            properties.fieldNames().forEachRemaining(name -> {
                JsonNode p = properties.get(name);
                JsonNode resolved = resolve(root, p);
                if (!p.has("description") && !resolved.has("description")) {
                    gaps.add(at + "/properties/" + name + ": no description");
                }
                boolean container = resolved.has("properties") || resolved.has("items");
                if (!container && !has(root, p, "examples") && !has(root, p, "enum")) {
                    gaps.add(at + "/properties/" + name + ": no examples");
                }
            });
            node.fields().forEachRemaining(e -> walk(root, e.getValue(), at + "/" + e.getKey(), gaps));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(root, node.get(i), at + "/" + i, gaps);
            }
        }
    }

    private static boolean has(JsonNode root, JsonNode p, String keyword) {
        JsonNode n = p;
        while (true) {
            if (n.has(keyword)) {
                return true;
            }
            if (!n.has("$ref")) {
                return false;
            }
            n = root.at(n.get("$ref").asText().substring(1));
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode p) {
        JsonNode n = p;
        while (n.has("$ref")) {
            n = root.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }
}
