package kz.shanyraq.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import kz.shanyraq.ingest.format.FormatDocs;
import kz.shanyraq.ingest.format.RecordFormat;
import kz.shanyraq.ingest.regional.RegionalFigureImport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped JSON Schemas and the column tables of docs/registry/import-formats.md are what the format definitions
 * say. After changing a format, regenerate them: {@code ./mvnw -q -pl ingest -am test -Dtest=FormatDocumentationTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dshanyraq.writeDocs=true}.
 */
class FormatDocumentationTest {

    private static final boolean WRITE = Boolean.getBoolean("shanyraq.writeDocs");
    private static final Path SCHEMAS = Path.of("src/main/resources/kz/shanyraq/ingest/schema");
    private static final Path DOC = Path.of("../docs/registry/import-formats.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, RecordFormat> formats() {
        Map<String, RecordFormat> formats = new LinkedHashMap<>();
        for (SourceKind kind : SourceKind.values()) {
            formats.put(kind.code(), kind.format());
        }
        formats.put(RegionalFigureImport.KIND, RegionalFigureImport.format());
        return formats;
    }

    @Test
    void every_format_ships_the_json_schema_its_definition_gives() throws IOException {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, RecordFormat> e : formats().entrySet()) {
            Path file = SCHEMAS.resolve(e.getKey() + ".schema.json");
            String expected = FormatDocs.jsonSchema(e.getValue());
            if (WRITE) {
                Files.createDirectories(SCHEMAS);
                Files.writeString(file, expected);
            }
            if (!Files.exists(file) || !Files.readString(file).equals(expected)) {
                stale.add(file.toString());
            }
        }
        assertThat(stale).as("schemas to regenerate (see the class comment)").isEmpty();
        try (var files = Files.list(SCHEMAS)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".schema.json", "")))
                    .containsExactlyInAnyOrderElementsOf(formats().keySet());
        }
    }

    @Test
    void the_format_documentation_has_every_kind_with_its_current_columns() throws IOException {
        String doc = Files.readString(DOC);
        String updated = doc;
        for (Map.Entry<String, RecordFormat> e : formats().entrySet()) {
            Pattern block = Pattern.compile("(<!-- columns:" + Pattern.quote(e.getKey()) + " -->\n)(.*?)(<!-- /columns -->)", Pattern.DOTALL);
            Matcher m = block.matcher(updated);
            assertThat(m.find()).as("a columns block for " + e.getKey() + " in " + DOC).isTrue();
            updated = m.replaceFirst(Matcher.quoteReplacement(m.group(1) + FormatDocs.columnTable(e.getValue())
                    + examples(e.getKey()) + m.group(3)));
        }
        if (WRITE) {
            Files.writeString(DOC, updated);
        }
        assertThat(doc).as("column tables to regenerate (see the class comment)").isEqualTo(updated);
    }

    @Test
    void every_kind_has_csv_and_json_samples_and_the_json_ones_follow_the_schema() throws IOException {
        for (String kind : formats().keySet()) {
            assertThat(resource("/samples/" + kind + ".csv")).as(kind + ".csv").isNotNull();
            JsonNode sample = JSON.readTree(resource("/samples/" + kind + ".json"));
            assertThat(schema(kind).validate(sample)).as(kind + ".json against its schema").isEmpty();
        }
    }

    @Test
    void the_schema_refuses_what_the_importer_refuses_for_its_shape() throws IOException {
        JsonSchema incomes = schema("incomes");

        Set<ValidationMessage> problems = incomes.validate(JSON.readTree("""
                [{"iin": 860702310021, "month": "2025-13", "type": "salary", "source": "gcvp", "amount": -5, "bonus": 1}]"""));

        assertThat(problems).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .contains("$[0].iin", "$[0].month", "$[0].type", "$[0].amount");
        assertThat(problems).anySatisfy(p -> assertThat(p.getMessage()).contains("bonus"));
    }

    /** The first records of the kind's samples, as the documentation shows them. */
    private static String examples(String kind) throws IOException {
        List<String> csv;
        List<String> json;
        try (InputStream c = resource("/samples/" + kind + ".csv"); InputStream j = resource("/samples/" + kind + ".json")) {
            csv = new String(c.readAllBytes(), StandardCharsets.UTF_8).lines().limit(4).toList();
            json = new String(j.readAllBytes(), StandardCharsets.UTF_8).lines().limit(3).toList();
        }
        String jsonExample = String.join("\n", json);
        if (jsonExample.endsWith(",")) {
            jsonExample = jsonExample.substring(0, jsonExample.length() - 1);
        }
        if (!jsonExample.endsWith("]")) {
            jsonExample += "\n]";
        }
        return "\nExample, from `ingest/src/test/resources/samples/" + kind + ".csv` and `.json`:\n\n```csv\n"
                + String.join("\n", csv) + "\n```\n\n```json\n" + jsonExample + "\n```\n";
    }

    private static JsonSchema schema(String kind) throws IOException {
        try (InputStream in = resource("/kz/shanyraq/ingest/schema/" + kind + ".schema.json")) {
            assertThat(in).as("schema of " + kind + " on the classpath").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static InputStream resource(String name) {
        return FormatDocumentationTest.class.getResourceAsStream(name);
    }
}
