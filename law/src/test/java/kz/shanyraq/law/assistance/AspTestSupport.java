package kz.shanyraq.law.assistance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.json.LawJson;
import kz.shanyraq.law.parameter.ParameterBook;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loading of test data: YAML family documents, books with operator regional files. */
final class AspTestSupport {

    private static final Map<List<String>, ParameterBook> BOOKS = new ConcurrentHashMap<>();
    /** The law's JSON mapping; a flag left out of a test family (e.g. longIllness) reads as false. */
    private static final ObjectMapper MAPPER = LawJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private AspTestSupport() {
    }

    /** The shipped law plus regional-figure files from the test resources ({@code assistance/...}). */
    static ParameterBook bookWith(List<String> regionalFiles) {
        return BOOKS.computeIfAbsent(List.copyOf(regionalFiles), files -> {
            ParameterBook.Builder b = ParameterBook.builder().addShipped();
            for (String f : files) {
                try (InputStream in = resource("assistance/" + f)) {
                    b.addRegional(f, new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return b.build();
        });
    }

    /** The shipped law plus one regional-figure file given as text. */
    static ParameterBook bookWithRegional(String yaml) {
        return ParameterBook.builder().addShipped().addRegional("test-regional.yaml", new StringReader(yaml)).build();
    }

    /** A family document written in YAML (the JSON family document's fields). */
    static Family family(String yaml) {
        return family(load(yaml));
    }

    static Family family(Object yamlTree) {
        return MAPPER.convertValue(plain(yamlTree), Family.class);
    }

    static Object load(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    static InputStream resource(String path) {
        InputStream in = AspTestSupport.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        return in;
    }

    /** YAML reads 2024-05-10 as a timestamp; the family document wants the ISO text. */
    static Object plain(Object node) {
        if (node instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(plain(v)));
            return out;
        }
        return node;
    }
}
