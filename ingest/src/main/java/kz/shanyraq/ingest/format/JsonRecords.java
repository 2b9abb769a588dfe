package kz.shanyraq.ingest.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import kz.shanyraq.ingest.ImportError.Reason;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * JSON: one top-level array of objects, read as a stream (a large batch is not held twice in memory). Values must
 * have the JSON type the schema gives (an IIN is a string, an amount a number); {@code null} = no value.
 */
final class JsonRecords {

    /** Records are flat objects: anything nested deeper is refused by the parser before it is built. */
    static final int MAX_NESTING_DEPTH = 32;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonRecords() {
    }

    static void read(Reader text, RecordFormat format, Errors errors, Consumer<SourceRecord> sink) {
        int index = 0;
        try (JsonParser p = MAPPER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                errors.add(0, "$", Problem.of(Reason.MALFORMED_FILE, "ожидается массив записей [ {…}, {…} ]",
                        "жазбалар жиымы күтіледі [ {…}, {…} ]", "a JSON array of records [ {…}, {…} ] is expected"));
                return;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                String path = "$[" + index + "]";
                if (t == null) {
                    throw new IOException("the array is not closed");
                }
                JsonNode node = MAPPER.readTree(p);
                if (!node.isObject()) {
                    errors.add(index, path, Problem.of(Reason.WRONG_TYPE, "запись должна быть объектом { … }",
                            "жазба { … } нысаны болуы тиіс", "a record must be an object { … }"));
                } else {
                    sink.accept(record(index, path, node, format, errors));
                }
                index++;
            }
            if (p.nextToken() != null) {
                throw new IOException("text after the closing ]");
            }
        } catch (JsonProcessingException e) {
            // A limit (nesting depth, string length) is reported without a location.
            RecordReader.unreadable(errors, index, "$[" + index + "]", new IOException(e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()), e), "JSON");
        } catch (IOException e) {
            RecordReader.unreadable(errors, index, "$[" + index + "]", e, "JSON");
        }
    }

    private static SourceRecord record(int index, String path, JsonNode node, RecordFormat format, Errors errors) {
        Map<String, String> values = new HashMap<>();
        Set<String> broken = new HashSet<>();
        SourceRecord record = new SourceRecord(index, path, values, broken);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!format.has(e.getKey())) {
                errors.add(record, e.getKey(), Messages.unknownField());
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isNull()) {
                continue;
            }
            JsonType expected = format.field(e.getKey()).type().json();
            String value = switch (expected) {
                case STRING -> v.isTextual() ? v.textValue() : null;
                case INTEGER -> v.isIntegralNumber() ? v.bigIntegerValue().toString() : null;
                case NUMBER -> v.isNumber() ? v.decimalValue().toPlainString() : null;
                case BOOLEAN -> v.isBoolean() ? Boolean.toString(v.booleanValue()) : null;
            };
            if (value == null) {
                errors.add(record, e.getKey(), Messages.wrongJsonType(expected));
                broken.add(e.getKey());
                continue;
            }
            value = value.strip();
            if (!value.isEmpty()) {
                values.put(e.getKey(), value);
            }
        }
        return record;
    }
}
