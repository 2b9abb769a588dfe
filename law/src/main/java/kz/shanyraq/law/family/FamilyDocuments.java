package kz.shanyraq.law.family;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import kz.shanyraq.law.json.LawJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads family documents (JSON): checks them against {@code schema/family.schema.json}, then checks what a schema
 * cannot say (IIN check digits and their agreement with birth date and sex, references between members, unique
 * ids and IINs, possible dates), and maps them to {@link Family}. Every problem is reported at once, each with its
 * JSON pointer; nothing is mapped from a document with a problem.
 */
public final class FamilyDocuments {

    /** Classpath location of the schema (the one copy; docs link to it). */
    public static final String SCHEMA_RESOURCE = "kz/shanyraq/law/schema/family.schema.json";

    private static final ObjectReader READER = LawJson.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // An absent boolean (longIllness, bothParentsLost) is false, as the schema documents; an explicit
            // null is refused by the schema before mapping.
            .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Top-level fields in the order the schema lists them, so problems come out in a reader's order. */
    private static final List<String> TOP_LEVEL = List.of("", "id", "region", "district", "locality", "members",
            "incomes", "loans", "resettlement", "breadwinnerLoss", "assets");

    private FamilyDocuments() {
    }

    /** Reads a family document file; checks that depend on the day are made for {@code on} (may be null). */
    public static Family read(Path file, LocalDate on) throws IOException {
        return read(file.toString(), Files.readString(file, StandardCharsets.UTF_8), on);
    }

    /** Reads a family document; {@code source} names it in errors, {@code on} is the evaluation date or null. */
    public static Family read(String source, String json, LocalDate on) {
        JsonNode document = parse(source, json);
        List<Problem> problems = problems(document, on);
        if (!problems.isEmpty()) {
            throw new InvalidFamilyDocumentException(source, problems);
        }
        try {
            return READER.treeToValue(document, Family.class);
        } catch (JsonMappingException e) {
            // The schema and the checks should have caught it; still refuse with a path rather than fail.
            throw new InvalidFamilyDocumentException(source, List.of(new Problem(pointer(e), e.getOriginalMessage())));
        } catch (JsonProcessingException e) {
            throw new InvalidFamilyDocumentException(source, List.of(new Problem("", e.getOriginalMessage())));
        }
    }

    /** Every problem of a parsed document (top-level fields in schema order, array items by index); empty if valid. */
    public static List<Problem> problems(JsonNode document, LocalDate on) {
        List<Problem> problems = new ArrayList<>(schemaProblems(document));
        problems.addAll(FamilyDocumentChecks.check(document, on));
        problems.sort(Comparator.comparing(Problem::path, FamilyDocuments::comparePointers));
        return List.copyOf(problems);
    }

    /** The JSON Schema of family documents, as text. */
    public static String schema() {
        try (InputStream in = resource()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String source, String json) {
        JsonNode document;
        try {
            document = READER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidFamilyDocumentException(source, List.of(new Problem("", "not valid JSON: "
                    + e.getOriginalMessage() + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")"))));
        }
        if (document == null || document.isMissingNode()) {
            throw new InvalidFamilyDocumentException(source, List.of(new Problem("", "the document is empty")));
        }
        return document;
    }

    // ---- schema ---------------------------------------------------------------------------------------------

    private static final class Schema {
        static final JsonSchema INSTANCE = load();

        private static JsonSchema load() {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .build();
            try (InputStream in = resource()) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static InputStream resource() {
        InputStream in = FamilyDocuments.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
        }
        return in;
    }

    private static List<Problem> schemaProblems(JsonNode document) {
        Set<ValidationMessage> messages = Schema.INSTANCE.validate(document);
        // A date like "2025-1-5" fails both the pattern and the date format: say it once, as a date.
        Set<String> badDates = messages.stream().filter(m -> "format".equals(m.getType()))
                .map(m -> m.getInstanceLocation().toString()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        Set<Problem> seen = new HashSet<>();
        for (ValidationMessage m : messages) {
            String at = m.getInstanceLocation().toString();
            if ("pattern".equals(m.getType()) && badDates.contains(at)) {
                continue;
            }
            Problem p = problem(m, at);
            if (seen.add(p)) {
                problems.add(p);
            }
        }
        return problems;
    }

    private static Problem problem(ValidationMessage m, String at) {
        JsonNode value = m.getInstanceNode();
        String found = value == null ? "" : " (found " + value + ")";
        return switch (m.getType()) {
            case "required" -> new Problem(at + "/" + m.getProperty(), "required field is missing");
            case "additionalProperties" -> new Problem(at + "/" + m.getProperty(),
                    "unknown field '" + m.getProperty() + "' (not in the family document schema)");
            case "format" -> new Problem(at, value + " is not a valid date (YYYY-MM-DD)");
            case "enum" -> new Problem(at, "unknown value " + value + " (expected one of "
                    + choices(m.getSchemaNode()) + ")");
            case "pattern" -> new Problem(at, patternReason(m.getSchemaNode(), m.getError()) + found);
            case "type" -> new Problem(at, m.getError());
            default -> new Problem(at, m.getError() + (value != null && value.isValueNode() ? found : ""));
        };
    }

    private static String choices(JsonNode enumNode) {
        if (enumNode == null || !enumNode.isArray()) {
            return "the values the schema lists";
        }
        List<String> values = new ArrayList<>();
        enumNode.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
        return String.join(", ", values);
    }

    private static String patternReason(JsonNode patternNode, String fallback) {
        String pattern = patternNode == null ? "" : patternNode.asText();
        return switch (pattern) {
            case "^[0-9]{12}$" -> "an IIN must be exactly 12 digits";
            case "^[0-9]{4}-(0[1-9]|1[0-2])$" -> "must be a month YYYY-MM";
            case "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" -> "must be a date YYYY-MM-DD";
            default -> fallback;
        };
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            p.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()));
        }
        return p.toString();
    }

    /**
     * Orders JSON pointers by segment: top-level fields in schema order, array indexes numerically (so
     * {@code /members/2} comes before {@code /members/10}), other names alphabetically.
     */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        if (x.length > 1 && y.length > 1) {
            int c = Integer.compare(rank(x[1]), rank(y[1]));
            if (c != 0) {
                return c;
            }
        }
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegments(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int rank(String topLevelField) {
        int i = TOP_LEVEL.indexOf(topLevelField);
        return i < 0 ? TOP_LEVEL.size() : i;
    }

    private static int compareSegments(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (na && nb && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }
}
