package kz.shanyraq.ingest.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The documentation of a format, made from its definition so that the two cannot drift: the JSON Schema shipped in
 * {@code kz/shanyraq/ingest/schema/} and the column table of {@code docs/registry/import-formats.md}. A test fails
 * when the shipped files differ from what the definitions give.
 */
public final class FormatDocs {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private FormatDocs() {
    }

    /** The JSON Schema (draft 2020-12) of the kind's JSON format: an array of objects. */
    public static String jsonSchema(RecordFormat format) {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "urn:shanyraq:ingest:" + format.name());
        schema.put("title", "Shanyraq import: " + format.name());
        schema.put("description", format.title() + ". Source: " + format.source() + ". One batch is a JSON array of "
                + "records; a batch is validated in full and applied all-or-nothing. Natural key: "
                + String.join(" + ", format.key()) + " (a re-sent record with the same key replaces the earlier one).");
        schema.put("type", "array");
        ObjectNode items = schema.putObject("items");
        items.put("type", "object");
        items.put("additionalProperties", false);
        ArrayNode required = items.putArray("required");
        ObjectNode properties = items.putObject("properties");
        for (Field f : format.fields()) {
            if (f.required()) {
                required.add(f.name());
            }
            ObjectNode p = properties.putObject(f.name());
            p.put("description", f.description() + " (" + f.type().describe() + ")");
            if (f.required()) {
                p.put("type", f.type().json().schemaName());
            } else {
                p.putArray("type").add(f.type().json().schemaName()).add("null");
            }
            // Sorted: Map.of iterates in an order that changes from run to run, and the shipped files must not.
            for (Map.Entry<String, Object> k : new TreeMap<>(f.type().schema()).entrySet()) {
                p.set(k.getKey(), MAPPER.valueToTree(k.getValue()));
            }
        }
        try {
            return MAPPER.writeValueAsString(schema) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Markdown table of the kind's CSV columns (and JSON properties). */
    public static String columnTable(RecordFormat format) {
        String rows = format.fields().stream()
                .map(f -> "| `" + f.name() + "` | " + (f.required() ? "yes" : "") + " | " + f.type().describe().replace("|", "\\|")
                        + " | " + f.description().replace("|", "\\|") + " |")
                .collect(Collectors.joining("\n"));
        return "| column | required | type | meaning |\n|---|---|---|---|\n" + rows + "\n\nNatural key: "
                + format.key().stream().map(k -> "`" + k + "`").collect(Collectors.joining(" + ")) + ".\n";
    }
}
