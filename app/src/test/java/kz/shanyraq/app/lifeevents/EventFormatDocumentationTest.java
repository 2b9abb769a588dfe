package kz.shanyraq.app.lifeevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schema of the event format names exactly the kinds and data fields the server accepts. */
class EventFormatDocumentationTest {

    private static final Path SCHEMA = Path.of("..", "docs", "life-event.schema.json");

    @Test
    void the_schema_lists_every_kind_a_source_system_may_send() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        List<String> kinds = new ArrayList<>();
        schema.at("/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(LifeEventKind.externalCodes());
    }

    @Test
    void the_schema_gives_each_kind_the_data_fields_the_server_reads_and_marks_the_required_ones() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        for (LifeEventKind kind : LifeEventKind.values()) {
            if (!kind.external()) {
                continue;
            }
            Set<String> documented = new TreeSet<>();
            Set<String> required = new TreeSet<>();
            for (JsonNode rule : schema.get("allOf")) {
                JsonNode when = rule.at("/if/properties/kind");
                boolean applies = kind.code().equals(when.path("const").asText())
                        || (when.has("enum") && when.get("enum").toString().contains("\"" + kind.code() + "\""));
                if (applies) {
                    rule.at("/then/properties/data/properties").fieldNames().forEachRemaining(documented::add);
                    rule.at("/then/properties/data/required").forEach(r -> required.add(r.asText()));
                }
            }
            assertThat(documented).as(kind.code()).isEqualTo(new TreeSet<>(kind.fields().keySet()));
            Set<String> serverRequired = new TreeSet<>();
            kind.fields().values().stream().filter(LifeEventKind.DataField::required)
                    .forEach(f -> serverRequired.add(f.name()));
            assertThat(required).as(kind.code()).isEqualTo(serverRequired);
        }
    }
}
